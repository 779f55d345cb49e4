package io.github.pinpointemailmock.eventdelivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.eventdelivery.DeliveryResult.Status;
import io.github.pinpointemailmock.eventdelivery.EventTarget.CloudWatchDimension;
import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.MotoQueue;
import io.github.pinpointemailmock.support.MotoServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events published through the application's own {@link EventDeliveryService} to a real moto
 * ({@code mock.events.endpoint}), and read back from where moto put them: an SQS queue subscribed to the SNS topic
 * or targeted by an EventBridge rule, the S3 bucket of a Firehose delivery stream, CloudWatch's metrics.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EventPublishingToMotoIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void moto(DynamicPropertyRegistry registry) {
        registry.add("mock.events.endpoint", () -> MotoServer.endpoint().toString());
        registry.add("mock.events.delivery.backoff", () -> "10ms");
    }

    static SnsClient sns;
    static SqsClient sqs;
    static EventBridgeClient eventBridge;
    static FirehoseClient firehose;
    static S3Client s3;

    @BeforeAll
    static void clients() {
        sns = MotoServer.client(SnsClient.builder());
        sqs = MotoServer.client(SqsClient.builder());
        eventBridge = MotoServer.client(EventBridgeClient.builder());
        firehose = MotoServer.client(FirehoseClient.builder());
        s3 = MotoServer.client(S3Client.builder().forcePathStyle(true));
    }

    @AfterAll
    static void close() {
        for (AutoCloseable client : new AutoCloseable[] {sns, sqs, eventBridge, firehose, s3}) {
            try {
                client.close();
            } catch (Exception ignored) {
                // The JVM is ending the test class; moto is stopped with it.
            }
        }
    }

    @Autowired
    EventDeliveryService delivery;

    @LocalServerPort
    int port;

    private DeliveryResult deliver(EventDeliveryRequest request) throws Exception {
        CompletableFuture<DeliveryResult> done = new CompletableFuture<>();
        DeliveryResult answer = delivery.submit(request, done::complete);
        assertThat(answer).isEqualTo(DeliveryResult.PENDING);
        return done.get(30, TimeUnit.SECONDS);
    }

    private static MotoQueue queue() {
        return MotoQueue.create(sqs, "events");
    }

    private static Message receiveOne(MotoQueue queue) {
        List<Message> messages = sqs.receiveMessage(receive -> receive.queueUrl(queue.url())
                .waitTimeSeconds(5).maxNumberOfMessages(10)).messages();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    @Test
    void anSnsEventIsPublishedToTheTopicAndArrivesInItsSubscribedQueueAsTheSesJson() throws Exception {
        String topicArn = sns.createTopic(create -> create.name(MotoQueue.unique("ses-bounces"))).topicArn();
        MotoQueue queue = queue();
        sns.subscribe(subscribe -> subscribe.topicArn(topicArn).protocol("sqs").endpoint(queue.arn()));
        String messageId = UUID.randomUUID().toString();
        String event = SampleEvents.bounce(messageId, MotoServer.ACCOUNT, "my-set");

        DeliveryResult result = deliver(new EventDeliveryRequest("Bounce", event,
                new EventTarget(EventTarget.Kind.SNS, topicArn, null, List.of())));

        assertThat(result).isEqualTo(new DeliveryResult(Status.DELIVERED, null, 1));
        // Without raw message delivery, SNS wraps the message in its notification envelope in the queue.
        JsonNode envelope = JSON.readTree(receiveOne(queue).body());
        assertThat(envelope.get("Type").asString()).isEqualTo("Notification");
        assertThat(envelope.get("TopicArn").asString()).isEqualTo(topicArn);
        assertThat(envelope.get("Message").asString()).isEqualTo(event);
        JsonNode published = JSON.readTree(envelope.get("Message").asString());
        assertThat(published.get("eventType").asString()).isEqualTo("Bounce");
        assertThat(published.get("mail").get("messageId").asString()).isEqualTo(messageId);
    }

    @Test
    void anEventForATopicTheEngineDoesNotHaveFailsAtOnceNamingTheTopicAndTheAnswer() throws Exception {
        String topicArn = "arn:aws:sns:us-east-1:" + MotoServer.ACCOUNT + ":" + MotoQueue.unique("missing");

        DeliveryResult result = deliver(new EventDeliveryRequest("Bounce",
                SampleEvents.bounce("m-missing", MotoServer.ACCOUNT, "my-set"),
                new EventTarget(EventTarget.Kind.SNS, topicArn, null, List.of())));

        assertThat(result.status()).isEqualTo(Status.FAILED);
        // A refusal that would be refused again is not retried.
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.reason()).startsWith("SNS Publish to " + topicArn + " at " + MotoServer.endpoint())
                .contains("NotFound");
    }

    @Test
    void anEventBridgeEventGoesToTheDefaultBusAsAnAwsSesEventAndARuleRoutesItToAQueue() throws Exception {
        MotoQueue queue = queue();
        String rule = MotoQueue.unique("ses-bounced");
        String messageId = UUID.randomUUID().toString();
        // Matches this test's event only, as moto shares the default bus between the tests.
        eventBridge.putRule(put -> put.name(rule).eventPattern("""
                {"source":["aws.ses"],"detail-type":["Email Bounced"],"detail":{"mail":{"messageId":["%s"]}}}"""
                .formatted(messageId)));
        eventBridge.putTargets(put -> put.rule(rule).targets(target -> target.id("queue").arn(queue.arn())));
        String event = SampleEvents.bounce(messageId, MotoServer.ACCOUNT, "my-set");
        String busArn = "arn:aws:events:us-east-1:" + MotoServer.ACCOUNT + ":event-bus/default";

        DeliveryResult result = deliver(new EventDeliveryRequest("Bounce", event,
                new EventTarget(EventTarget.Kind.EVENT_BRIDGE, busArn, null, List.of())));

        assertThat(result).isEqualTo(new DeliveryResult(Status.DELIVERED, null, 1));
        JsonNode received = JSON.readTree(receiveOne(queue).body());
        assertThat(received.get("source").asString()).isEqualTo("aws.ses");
        assertThat(received.get("detail-type").asString()).isEqualTo("Email Bounced");
        assertThat(received.get("region").asString()).isEqualTo("us-east-1");
        assertThat(received.get("detail")).isEqualTo(JSON.readTree(event));
    }

    @Test
    void aFirehoseEventIsOneRecordOfTheJsonAndANewlineInTheStreamsBucket() throws Exception {
        String bucket = MotoQueue.unique("ses-events");
        s3.createBucket(create -> create.bucket(bucket));
        String stream = MotoQueue.unique("ses-stream");
        firehose.createDeliveryStream(create -> create.deliveryStreamName(stream)
                .extendedS3DestinationConfiguration(s3Destination -> s3Destination
                        .roleARN("arn:aws:iam::" + MotoServer.ACCOUNT + ":role/firehose")
                        .bucketARN("arn:aws:s3:::" + bucket)));
        String event = SampleEvents.bounce(UUID.randomUUID().toString(), MotoServer.ACCOUNT, "my-set");
        String streamArn = "arn:aws:firehose:us-east-1:" + MotoServer.ACCOUNT + ":deliverystream/" + stream;

        DeliveryResult result = deliver(new EventDeliveryRequest("Bounce", event,
                new EventTarget(EventTarget.Kind.FIREHOSE, streamArn,
                        "arn:aws:iam::" + MotoServer.ACCOUNT + ":role/ses-firehose", List.of())));

        assertThat(result).isEqualTo(new DeliveryResult(Status.DELIVERED, null, 1));
        List<S3Object> objects = s3.listObjectsV2(list -> list.bucket(bucket)).contents();
        assertThat(objects).hasSize(1);
        String written = s3.getObject(get -> get.bucket(bucket).key(objects.get(0).key()),
                ResponseTransformer.toBytes()).asUtf8String();
        assertThat(written).isEqualTo(event + "\n");
    }

    @Test
    void aCloudWatchEventIsACountInTheSesNamespaceWithTheDestinationsDimensions() throws Exception {
        String configurationSet = MotoQueue.unique("metrics-set");
        String event = SampleEvents.bounce(UUID.randomUUID().toString(), MotoServer.ACCOUNT, configurationSet);

        DeliveryResult result = deliver(new EventDeliveryRequest("Bounce", event,
                new EventTarget(EventTarget.Kind.CLOUD_WATCH, null, null, List.of(
                        new CloudWatchDimension("ses:configuration-set", "MESSAGE_TAG", "none"),
                        new CloudWatchDimension("X-Campaign", "EMAIL_HEADER", "none"),
                        new CloudWatchDimension("X-Absent", "EMAIL_HEADER", "no-header")))));

        assertThat(result).isEqualTo(new DeliveryResult(Status.DELIVERED, null, 1));
        String metrics = MotoServer.query("monitoring", "Action=ListMetrics&Version=2010-08-01"
                + "&Namespace=" + URLEncoder.encode("AWS/SES", StandardCharsets.UTF_8)
                + "&MetricName=Bounce"
                + "&Dimensions.member.1.Name=" + URLEncoder.encode("ses:configuration-set", StandardCharsets.UTF_8)
                + "&Dimensions.member.1.Value=" + configurationSet);
        assertThat(metrics.replaceAll("\\s+", ""))
                .contains("<MetricName>Bounce</MetricName>")
                .contains("<Namespace>AWS/SES</Namespace>")
                .contains("<Name>ses:configuration-set</Name><Value>" + configurationSet + "</Value>")
                .contains("<Name>X-Campaign</Name><Value>spring-sale</Value>")
                .contains("<Name>X-Absent</Name><Value>no-header</Value>");
    }

    @Test
    void aPinpointDestinationIsOnlyRecorded() {
        DeliveryResult answer = delivery.submit(new EventDeliveryRequest("Send", "{}",
                        new EventTarget(EventTarget.Kind.PINPOINT, "arn:aws:mobiletargeting:us-east-1:"
                                + MotoServer.ACCOUNT + ":apps/0123456789abcdef", null, List.of())),
                result -> { throw new AssertionError("a recorded-only event is never delivered"); });

        assertThat(answer).isEqualTo(DeliveryResult.RECORDED_ONLY);
    }

    @Test
    void mockInfoShowsTheEndpointAndTheDeliveryCounts() throws Exception {
        String topicArn = sns.createTopic(create -> create.name(MotoQueue.unique("counted"))).topicArn();
        deliver(new EventDeliveryRequest("Send", "{\"eventType\":\"Send\"}",
                new EventTarget(EventTarget.Kind.SNS, topicArn, null, List.of())));

        JsonNode info = JSON.readTree(new MockControlPlane(port).send("GET", "/_mock/info", null, null).body());

        JsonNode settings = info.get("settings").get("events");
        assertThat(settings.get("endpoint").asString()).isEqualTo(MotoServer.endpoint().toString());
        assertThat(settings.has("secretAccessKey")).isFalse();
        assertThat(settings.get("delivery").get("queueSize").asInt()).isEqualTo(10_000);
        assertThat(settings.get("delivery").get("maxAttempts").asInt()).isEqualTo(3);
        JsonNode counts = info.get("eventDelivery");
        assertThat(counts.get("delivered").asLong()).isPositive();
        assertThat(counts.get("submitted").asLong()).isEqualTo(counts.get("delivered").asLong()
                + counts.get("failed").asLong() + counts.get("dropped").asLong() + counts.get("queued").asLong());
        assertThat(Map.of("dropped", counts.get("dropped").asLong())).containsEntry("dropped", 0L);
    }
}
