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
        tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
        refilledAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
