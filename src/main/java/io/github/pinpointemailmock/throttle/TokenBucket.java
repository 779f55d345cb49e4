package io.github.pinpointemailmock.throttle;

import java.util.function.LongSupplier;

/** A classic token bucket: {@code capacity} tokens at most, refilled continuously at {@code tokensPerSecond}. */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private double tokens;
    private long refilledAt;

    TokenBucket(int capacity, double tokensPerSecond, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.tokensPerNano = tokensPerSecond / NANOS_PER_SECOND;
        this.nanoClock = nanoClock;
        this.tokens = capacity;
        this.refilledAt = nanoClock.getAsLong();
    }

    /** Takes one token if there is one. */
    synchronized boolean tryTake() {
        long now = nanoClock.getAsLong();
        // A wall clock may step back; that refills nothing rather than taking tokens away.
        tokens = Math.min(capacity, tokens + Math.max(0, now - refilledAt) * tokensPerNano);
        refilledAt = Math.max(now, refilledAt);
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
