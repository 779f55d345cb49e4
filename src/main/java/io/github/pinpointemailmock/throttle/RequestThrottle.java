package io.github.pinpointemailmock.throttle;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.store.Resettable;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * Throttles each account's calls to each operation with its own token bucket, as SES rate-limits per account and
 * action. Off unless {@code mock.throttle.requests-per-second} is above zero.
 */
@Component
public class RequestThrottle implements Resettable {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final MockProperties.Throttle settings;
    private final LongSupplier nanoClock;
    private final Map<BucketKey, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RequestThrottle(MockProperties properties, Clock clock) {
        this.settings = properties.throttle();
        this.nanoClock = () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * NANOS_PER_SECOND + now.getNano();
        };
    }

    /** Lets the call through, or throws {@code TooManyRequestsException} when the caller's bucket is empty. */
    public void acquire(String accountId, Operation operation) {
        if (!settings.enabled()) {
            return;
        }
        TokenBucket bucket = buckets.computeIfAbsent(new BucketKey(accountId, operation),
                key -> new TokenBucket(settings.burst(), settings.requestsPerSecond(), nanoClock));
        if (!bucket.tryTake()) {
            throw new AwsException(AwsErrorType.TOO_MANY_REQUESTS, "Rate exceeded");
        }
    }

    /** Refills every bucket, or only the account's, by forgetting them: a new bucket starts full. */
    @Override
    public void reset(Optional<String> account) {
        buckets.keySet().removeIf(key -> account.map(key.accountId()::equals).orElse(true));
    }

    private record BucketKey(String accountId, Operation operation) {
    }
}
