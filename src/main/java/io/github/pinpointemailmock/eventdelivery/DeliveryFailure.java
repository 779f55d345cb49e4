package io.github.pinpointemailmock.eventdelivery;

/**
 * One try that did not deliver. A failure worth retrying (the engine unreachable, busy or throttling) is tried again;
 * one that will not change (no such topic, a refused request) ends the event's delivery at once.
 */
final class DeliveryFailure extends Exception {

    private final boolean retryable;

    DeliveryFailure(String reason, boolean retryable) {
        super(reason, null, false, false);
        this.retryable = retryable;
    }

    boolean retryable() {
        return retryable;
    }

    /** Throttling and server errors pass; any other refusal would be refused again. */
    static boolean retryableStatus(int status) {
        return status == 429 || status >= 500;
    }
}
