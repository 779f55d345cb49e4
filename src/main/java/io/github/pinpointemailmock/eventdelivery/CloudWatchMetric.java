package io.github.pinpointemailmock.eventdelivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The data point SES puts in CloudWatch for one event: a count of 1 in {@code AWS/SES}, under the event type's metric,
 * with one dimension per dimension configuration of the destination, valued from the event as SES does: a
 * {@code MESSAGE_TAG} from the message's tags ({@code ses:configuration-set} and the other {@code ses:} tags among
 * them), an {@code EMAIL_HEADER} from its headers, a {@code LINK_TAG} from the clicked link's tags; the configured
 * default when the event has no such value.
 */
record CloudWatchMetric(String metricName, List<Dimension> dimensions) {

    static final String NAMESPACE = "AWS/SES";

    CloudWatchMetric {
        dimensions = List.copyOf(dimensions);
    }

    record Dimension(String name, String value) {
    }

    static CloudWatchMetric of(String eventType, JsonNode event, List<EventTarget.CloudWatchDimension> configured) {
        List<Dimension> dimensions = new ArrayList<>();
        for (EventTarget.CloudWatchDimension dimension : configured) {
            String value = switch (String.valueOf(dimension.valueSource())) {
                case "MESSAGE_TAG" -> firstValue(event.path("mail").path("tags").path(dimension.name()));
                case "EMAIL_HEADER" -> header(event.path("mail").path("headers"), dimension.name());
                case "LINK_TAG" -> firstValue(event.path("click").path("linkTags").path(dimension.name()));
                default -> null;
            };
            dimensions.add(new Dimension(dimension.name(),
                    value == null || value.isEmpty() ? dimension.defaultValue() : value));
        }
        return new CloudWatchMetric(SesEventTypes.metricName(eventType), dimensions);
    }

    /** Tags are lists of values in the event JSON; SES takes the first. */
    private static String firstValue(JsonNode values) {
        JsonNode value = values.isArray() ? values.path(0) : values;
        return value.isString() ? value.asString() : null;
    }

    /** Header names are case-insensitive; the first of the name wins, as SES reads it. */
    private static String header(JsonNode headers, String name) {
        for (JsonNode header : headers) {
            if (name.equalsIgnoreCase(header.path("name").asString(""))) {
                return header.path("value").isString() ? header.path("value").asString() : null;
            }
        }
        return null;
    }

    /**
     * {@code PutMetricData} in the AWS Query protocol, which every CloudWatch endpoint accepts (the SDK's client
     * speaks only Smithy RPC v2 CBOR, which moto and other emulators do not).
     */
    String putMetricDataQuery(Instant timestamp) {
        StringBuilder body = new StringBuilder("Action=PutMetricData&Version=2010-08-01");
        param(body, "Namespace", NAMESPACE);
        String member = "MetricData.member.1.";
        param(body, member + "MetricName", metricName);
        param(body, member + "Value", "1");
        param(body, member + "Unit", "Count");
        param(body, member + "Timestamp", timestamp.truncatedTo(ChronoUnit.MILLIS).toString());
        for (int i = 0; i < dimensions.size(); i++) {
            String dimension = member + "Dimensions.member." + (i + 1) + ".";
            param(body, dimension + "Name", dimensions.get(i).name());
            param(body, dimension + "Value", dimensions.get(i).value());
        }
        return body.toString();
    }

    private static void param(StringBuilder body, String name, String value) {
        body.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
