package io.github.pinpointemailmock.throttle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.Operation;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestThrottleTests {

    private static final Operation OPERATION = Operation.CREATE_CONFIGURATION_SET;

    private final AtomicLong nanos = new AtomicLong();

    private RequestThrottle throttle(double requestsPerSecond, int burst) {
        return new RequestThrottle(new MockProperties.Throttle(requestsPerSecond, burst), nanos::get);
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

        nanos.addAndGet(400_000_000L); // 0.4 s at 2 per second: not yet a whole token
        assertThrottled(() -> throttle.acquire("111122223333", OPERATION));

        nanos.addAndGet(100_000_000L); // 0.5 s in all: one token
        assertThatCode(() -> throttle.acquire("111122223333", OPERATION)).doesNotThrowAnyException();
        assertThrottled(() -> throttle.acquire("111122223333", OPERATION));
    }

    @Test
    void theBucketNeverHoldsMoreThanTheBurst() {
        RequestThrottle throttle = throttle(1, 2);

        nanos.addAndGet(60_000_000_000L);
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
