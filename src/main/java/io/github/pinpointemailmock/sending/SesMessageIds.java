package io.github.pinpointemailmock.sending;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * SES's form of the ids it makes, message ids and the feedback ids of bounces and complaints alike: 16 hex digits
 * (the time, shifted, and a random byte), a UUID and {@code -000000}. Public so the events feature, which depends on
 * this package and not the other way round, makes its feedback ids the same way.
 */
public final class SesMessageIds {

    private SesMessageIds() {
    }

    /** A new id stamped with {@code now}; the UUID makes it unique. */
    public static String next(Instant now) {
        long high = (now.toEpochMilli() << 8) | ThreadLocalRandom.current().nextInt(256);
        return String.format("%016x-%s-000000", high, UUID.randomUUID());
    }
}
