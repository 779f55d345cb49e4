package io.github.pinpointemailmock.throttle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.support.MutableClock;
import io.github.pinpointemailmock.support.TestProperties;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestThrottleTests {

    private static final Operation OPERATION = Operation.CREATE_CONFIGURATION_SET;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    private RequestThrottle throttle(double requestsPerSecond, int burst) {
        return new RequestThrottle(TestProperties.withThrottle(requestsPerSecond, burst), clock);
    }

    private static void assertThrottled(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.type()).isEqualTo(AwsErrorType.TOO_MANY_REQUESTS));
    }

    @Test
    void aZeroRateNeverThrottles() {
        RequestThrottle throttle = throttle(0, 1);

        for (int i = 0; i < 1_000; i++) {
            throttle.acquire("111122223333", OPERATION);
        }
    }

    @Test
    void letsTheBurstThroughThenThrottlesUntilTheBucketRefills() {
        RequestThrottle throttle = throttle(2, 3);

        for (int i = 0; i < 3; i++) {
            throttle.acquire("111122223333", OPERATION);
        }
        assertThrottled(() -> throttle.acquire("111122223333", OPERATION));

        clock.advance(Duration.ofMillis(400)); // 0.4 s at 2 per second: not yet a whole token
        assertThrottled(() -> throttle.acquire("111122223333", OPERATION));

        clock.advance(Duration.ofMillis(100)); // 0.5 s in all: one token
        assertThatCode(() -> throttle.acquire("111122223333", OPERATION)).doesNotThrowAnyException();
        assertThrottled(() -> throttle.acquire("111122223333", OPERATION));
    }

    @Test
    void theBucketNeverHoldsMoreThanTheBurst() {
        RequestThrottle throttle = throttle(1, 2);

        clock.advance(Duration.ofSeconds(60));
        throttle.acquire("111122223333", OPERATION);
        throttle.acquire("111122223333", OPERATION);
        assertThrottled(() -> throttle.acquire("111122223333", OPERATION));
    }

    @Test
    void eachAccountHasItsOwnBucket() {
        RequestThrottle throttle = throttle(1, 1);

        throttle.acquire("111122223333", OPERATION);
        assertThrottled(() -> throttle.acquire("111122223333", OPERATION));
        assertThatCode(() -> throttle.acquire("444455556666", OPERATION)).doesNotThrowAnyException();
    }
}
