package io.github.pinpointemailmock.events;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code mock.events.max-stored} and {@code mock.events.max-stored-bytes}: how many published events
 * {@code GET /_mock/events} keeps, and how much of their JSON; the oldest are dropped first, and counted. Bound on its
 * own beside the delivery settings under the same prefix.
 */
@Validated
@ConfigurationProperties("mock.events")
public record EventLogProperties(@DefaultValue("10000") @Min(1) int maxStored,
                                 @DefaultValue("64MB") DataSize maxStoredBytes) {

    public EventLogProperties {
        if (maxStoredBytes.toBytes() < 1) {
            throw new IllegalArgumentException("mock.events.max-stored-bytes must be at least 1B, not "
                    + maxStoredBytes + ".");
        }
    }
}
