package io.github.pinpointemailmock.eventdelivery;

import java.util.List;

/**
 * Where one event destination sends its events, as the destination's definition says.
 *
 * @param kind       which service the destination names
 * @param arn        the topic, event bus, delivery stream or Pinpoint application ARN; null for CloudWatch
 * @param iamRoleArn the role Firehose is written with, else null
 * @param dimensions the CloudWatch dimension configurations, empty for every other kind
 */
public record EventTarget(Kind kind, String arn, String iamRoleArn, List<CloudWatchDimension> dimensions) {

    public EventTarget {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    public enum Kind { SNS, EVENT_BRIDGE, FIREHOSE, CLOUD_WATCH, PINPOINT }

    /**
     * One {@code DimensionConfiguration} of a CloudWatch destination.
     *
     * @param valueSource {@code MESSAGE_TAG}, {@code EMAIL_HEADER} or {@code LINK_TAG}
     */
    public record CloudWatchDimension(String name, String valueSource, String defaultValue) {
    }
}
