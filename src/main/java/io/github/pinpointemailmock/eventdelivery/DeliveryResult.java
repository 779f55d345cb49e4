package io.github.pinpointemailmock.eventdelivery;

/**
 * What became of handing one event to one destination.
 *
 * @param reason   why it failed, else null
 * @param attempts how many times it was tried (0 when only recorded)
 */
public record DeliveryResult(Status status, String reason, int attempts) {

    public static final DeliveryResult RECORDED_ONLY = new DeliveryResult(Status.RECORDED_ONLY, null, 0);
    public static final DeliveryResult PENDING = new DeliveryResult(Status.PENDING, null, 0);

    public enum Status {
        /** Queued; the final result follows. */
        PENDING,
        DELIVERED,
        FAILED,
        /** No endpoint is configured for the destination's service, so the event is only kept. */
        RECORDED_ONLY
    }
}
