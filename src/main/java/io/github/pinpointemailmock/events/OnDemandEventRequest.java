package io.github.pinpointemailmock.events;

import java.util.Map;

/**
 * The body of {@code POST /_mock/emails/{messageId}/events}: what a recipient did after delivery. Only {@code type}
 * is required (and {@code recipient} when the message has several, {@code link} for a click); the rest have
 * SES-like defaults.
 *
 * @param type                  {@code Open}, {@code Click}, {@code Bounce}, {@code Complaint}, {@code DeliveryDelay}
 *                              or {@code Subscription}
 * @param linkTags              a click's link tags, each a string or a list of strings
 * @param status                the DSN status of a bounce or a delay, e.g. {@code 5.1.1}
 * @param expirationTime        when SES gives up on a delayed message, ISO 8601
 * @param newTopicPreferences   a subscription's new preferences, as SES shows them
 */
record OnDemandEventRequest(
        String type,
        String recipient,
        String ipAddress,
        String userAgent,
        String link,
        Map<String, Object> linkTags,
        String bounceType,
        String bounceSubType,
        String diagnosticCode,
        String status,
        String complaintFeedbackType,
        String delayType,
        String expirationTime,
        String contactList,
        String source,
        Map<String, Object> newTopicPreferences,
        Map<String, Object> oldTopicPreferences) {
}
