package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.account.SentMailCount;
import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.store.Resettable;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What each account sent in each region over the last 24 hours, counted per recipient as SES counts against the
 * quota: {@code GetAccount}'s {@code SentLast24Hours}, and the sending rate and daily quota when they are enforced.
 * Deleting captured mail does not change it; {@code /_mock/reset} does.
 *
 * <p>Sends are counted per second, not kept one by one, so memory is bounded whatever the load: at most
 * {@link #MAX_BUCKETS} counts per account and region, one for each second of the last 24 hours in which something
 * was sent. A send counts for 24 hours from the start of its second.
 */
@Component
class SendLedger implements SentMailCount, Resettable {

    /** SES's message when the daily quota is spent; bulk sending tells it from the rate by it. */
    static final String DAILY_QUOTA_EXCEEDED = "Daily message quota exceeded.";
    static final String RATE_EXCEEDED = "Maximum sending rate exceeded.";
    /** One count per second of a day: the most a window keeps. */
    static final int MAX_BUCKETS = (int) Duration.ofHours(24).toSeconds();

    private static final long SECOND_MILLIS = 1000;
    /** The rate allowance is kept in millionths of a recipient, so that it adds up exactly. */
    private static final long MICROS = 1_000_000;

    private final Map<AccountRegion, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    SendLedger(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long sentLast24Hours(AccountRegion caller) {
        Window window = windows.get(caller);
        return window == null ? 0 : window.total(clock.millis());
    }

    /**
     * Records {@code count} recipients sent now; with {@code quota} given, first refuses them if they would go over
     * its daily quota or its rate, atomically with the recording.
     */
    void record(AccountRegion caller, long count, Quota quota) {
        windows.computeIfAbsent(caller, key -> new Window()).record(clock.millis(), count, quota);
    }

    /** How many per-second counts the caller's window holds now: what its memory grows with. */
    int buckets(AccountRegion caller) {
        Window window = windows.get(caller);
        return window == null ? 0 : window.buckets(clock.millis());
    }

    @Override
    public void reset(Optional<String> account) {
        if (account.isEmpty()) {
            windows.clear();
        } else {
            windows.keySet().removeIf(scope -> scope.accountId().equals(account.get()));
        }
    }

    /** A sending quota: recipients per second and per 24 hours. */
    record Quota(double maxSendRate, double max24HourSend) {
    }

    /**
     * One account's sends in one region: a ring of per-second counts, oldest first, that grows (by doubling) only
     * as far as the seconds with sends need, never beyond {@link #MAX_BUCKETS}; and the rate's allowance.
     */
    private static final class Window {
        private long[] seconds = new long[16];
        private long[] counts = new long[16];
        private int head;
        private int size;
        private long total;

        /**
         * The rate as a token bucket, as SES applies it: it holds up to one second's worth of recipients and fills at
         * the rate. A message is accepted while anything is left, however many recipients it has (so a message of
         * up to 50 recipients can always go, even at a rate of 1), and takes its recipients from the bucket, which
         * may go below zero: then nothing more is accepted until the rate has made up for them. Sending faster than
         * the rate for longer than a moment is thus refused, as on SES.
         */
        private long allowance;
        private long allowanceAt;
        private boolean rateUsed;

        synchronized long total(long now) {
            expire(now);
            return total;
        }

        synchronized int buckets(long now) {
            expire(now);
            return size;
        }

        synchronized void record(long now, long count, Quota quota) {
            expire(now);
            if (quota != null && count > 0) {
                // SES: "If sending a message would exceed the daily maximum ... your call is rejected"; checked first.
                if (total + count > quota.max24HourSend()) {
                    throw new AwsException(AwsErrorType.TOO_MANY_REQUESTS, DAILY_QUOTA_EXCEEDED);
                }
                long left = allowance(now, quota.maxSendRate());
                if (left <= 0) {
                    throw new AwsException(AwsErrorType.TOO_MANY_REQUESTS, RATE_EXCEEDED);
                }
                allowance = left - count * MICROS;
                allowanceAt = now;
                rateUsed = true;
            }
            if (count > 0) {
                add(Math.floorDiv(now, SECOND_MILLIS), count);
                total += count;
            }
        }

        /** What the rate allows now, in millionths of a recipient: full at first, then refilled since last used. */
        private long allowance(long now, double maxSendRate) {
            long capacity = Math.round(maxSendRate * MICROS);
            if (!rateUsed) {
                return capacity;
            }
            double refill = Math.max(0, now - allowanceAt) * maxSendRate * (MICROS / SECOND_MILLIS);
            return refill >= capacity - allowance ? capacity : allowance + Math.round(refill);
        }

        private void add(long second, long count) {
            if (size > 0) {
                int last = (head + size - 1) % seconds.length;
                // a clock set back counts with the latest second, so the ring stays in order
                if (seconds[last] >= second) {
                    counts[last] += count;
                    return;
                }
            }
            if (size == seconds.length) {
                grow();
            }
            int slot = (head + size) % seconds.length;
            seconds[slot] = second;
            counts[slot] = count;
            size++;
        }

        /** Cannot be asked beyond {@link #MAX_BUCKETS}: every count kept is of a distinct second of the last day. */
        private void grow() {
            int capacity = Math.min(seconds.length * 2, MAX_BUCKETS);
            long[] newSeconds = new long[capacity];
            long[] newCounts = new long[capacity];
            for (int i = 0; i < size; i++) {
                int from = (head + i) % seconds.length;
                newSeconds[i] = seconds[from];
                newCounts[i] = counts[from];
            }
            seconds = newSeconds;
            counts = newCounts;
            head = 0;
        }

        /** Drops the seconds that began 24 hours ago or earlier, and gives their memory back once all are gone. */
        private void expire(long now) {
            long oldestKept = Math.floorDiv(now, SECOND_MILLIS) - MAX_BUCKETS + 1;
            while (size > 0 && seconds[head] < oldestKept) {
                total -= counts[head];
                head = (head + 1) % seconds.length;
                size--;
            }
            if (size == 0 && seconds.length > 16) {
                seconds = new long[16];
                counts = new long[16];
                head = 0;
            }
        }
    }
}
