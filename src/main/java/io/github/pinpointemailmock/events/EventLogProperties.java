package io.github.pinpointemailmock.events;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code mock.events.max-stored}: how many published events {@code GET /_mock/events} keeps; the oldest are dropped
 * first, and counted. Bound on its own beside the delivery settings under the same prefix.
 */
@Validated
@ConfigurationProperties("mock.events")
public record EventLogProperties(@DefaultValue("10000") @Min(1) int maxStored) {
}
