package io.github.pinpointemailmock.support;

import java.util.UUID;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** An SQS queue in moto, with the ARN an SNS subscription or an EventBridge rule names it by. */
public record MotoQueue(String url, String arn) {

    /** A new queue, its name unique to this run. */
    public static MotoQueue create(SqsClient sqs, String prefix) {
        String url = sqs.createQueue(create -> create.queueName(unique(prefix))).queueUrl();
        String arn = sqs.getQueueAttributes(get -> get.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return new MotoQueue(url, arn);
    }

    /** A name no earlier run of the tests used, as moto lives as long as the JVM (or longer, with MOTO_ENDPOINT). */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
