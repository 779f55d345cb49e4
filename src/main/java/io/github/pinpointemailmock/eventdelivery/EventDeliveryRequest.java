package io.github.pinpointemailmock.eventdelivery;

/**
 * One SES event to hand to one destination.
 *
 * @param eventType the event's {@code eventType} as SES spells it in the JSON ({@code Send}, {@code Delivery},
 *                  {@code Bounce}, {@code Complaint}, {@code Reject}, {@code Rendering Failure}, {@code Open},
 *                  {@code Click}, {@code DeliveryDelay}, {@code Subscription})
 * @param eventJson the event exactly as SES publishes it
 * @param target    the destination it goes to
 */
public record EventDeliveryRequest(String eventType, String eventJson, EventTarget target) {
}
