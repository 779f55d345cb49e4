package io.github.pinpointemailmock.eventdelivery;

import java.util.Map;

/**
 * How SES names each event type outside the event JSON: the EventBridge {@code detail-type} (the EventBridge
 * reference's list of Amazon SES events) and the CloudWatch metric in {@code AWS/SES}.
 */
final class SesEventTypes {

    private static final Map<String, String> DETAIL_TYPES = Map.of(
            "Send", "Email Sent",
            "Delivery", "Email Delivered",
            "Bounce", "Email Bounced",
            "Complaint", "Email Complaint Received",
            "Reject", "Email Rejected",
            "Rendering Failure", "Email Rendering Failed",
            "Open", "Email Opened",
            "Click", "Email Clicked",
            "DeliveryDelay", "Email Delivery Delayed",
            "Subscription", "Email Subscribed");

    private static final Map<String, String> METRICS = Map.of(
            "Send", "Send",
            "Delivery", "Delivery",
            "Bounce", "Bounce",
            "Complaint", "Complaint",
            "Reject", "Reject",
            // The event spells it with a space; the metric cannot.
            "Rendering Failure", "RenderingFailure",
            "Open", "Open",
            "Click", "Click",
            "DeliveryDelay", "DeliveryDelay",
            "Subscription", "Subscription");

    private SesEventTypes() {
    }

    /** The EventBridge {@code detail-type} of an event of this {@code eventType}. */
    static String detailType(String eventType) {
        return require(DETAIL_TYPES, eventType);
    }

    /** The {@code AWS/SES} metric an event of this {@code eventType} counts in. */
    static String metricName(String eventType) {
        return require(METRICS, eventType);
    }

    private static String require(Map<String, String> names, String eventType) {
        String name = eventType == null ? null : names.get(eventType);
        if (name == null) {
            throw new IllegalArgumentException("not an SES event type: " + eventType);
        }
        return name;
    }
}
