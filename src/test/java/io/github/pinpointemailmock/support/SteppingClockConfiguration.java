package io.github.pinpointemailmock.support;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application's clock with a {@link MutableClock} that starts at {@link #START} and moves only when a
 * test moves it, for tests that assert timestamps. Add it to {@code @SpringBootTest(classes = ...)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SteppingClockConfiguration {

    public static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START);
    }
}
