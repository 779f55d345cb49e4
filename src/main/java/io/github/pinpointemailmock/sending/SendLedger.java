package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.account.SentMailCount;
import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.store.Resettable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What each account sent in each region over the last 24 hours, counted per recipient as SES counts against the
 * quota: {@code GetAccount}'s {@code SentLast24Hours}, and the sending rate and daily quota when they are enforced.
 * Deleting captured mail does not change it; {@code /_mock/reset} does.
 */
@Component
class SendLedger implements SentMailCount, Resettable {

    /** SES's message when the daily quota is spent; bulk sending tells it from the rate by it. */
    static final String DAILY_QUOTA_EXCEEDED = "Daily message quota exceeded.";

    private static final long DAY_MILLIS = Duration.ofHours(24).toMillis();
    private static final long SECOND_MILLIS = 1000;

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
     * its rate or its daily quota, atomically with the recording.
     */
    void record(AccountRegion caller, long count, Quota quota) {
        windows.computeIfAbsent(caller, key -> new Window()).record(clock.millis(), count, quota);
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

    private static final class Window {
        private final Deque<long[]> sends = new ArrayDeque<>();
        private long total;

        synchronized long total(long now) {
            expire(now);
            return total;
        }

        synchronized void record(long now, long count, Quota quota) {
            expire(now);
            if (quota != null) {
                if (total + count > quota.max24HourSend()) {
                    throw new AwsException(AwsErrorType.TOO_MANY_REQUESTS, DAILY_QUOTA_EXCEEDED);
                }
                if (lastSecond(now) + count > quota.maxSendRate()) {
                    throw new AwsException(AwsErrorType.TOO_MANY_REQUESTS, "Maximum sending rate exceeded.");
                }
            }
            if (count > 0) {
                sends.addLast(new long[] {now, count});
                total += count;
            }
        }

        private long lastSecond(long now) {
            long sum = 0;
            for (Iterator<long[]> it = sends.descendingIterator(); it.hasNext(); ) {
                long[] send = it.next();
                if (send[0] <= now - SECOND_MILLIS) {
                    break;
                }
                sum += send[1];
            }
            return sum;
        }

        private void expire(long now) {
            while (!sends.isEmpty() && sends.peekFirst()[0] <= now - DAY_MILLIS) {
                total -= sends.removeFirst()[1];
            }
        }
    }
}
