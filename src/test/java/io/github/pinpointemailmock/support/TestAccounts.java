package io.github.pinpointemailmock.support;

import java.util.concurrent.ThreadLocalRandom;

/** Accounts for tests that share one application: each test its own, so none sees another's resources. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** A random 12-digit account id (the SDK clients of {@code support} sign with it as their access key id). */
    public static String random() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
    }
}
