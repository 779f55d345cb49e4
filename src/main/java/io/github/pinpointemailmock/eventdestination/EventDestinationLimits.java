package io.github.pinpointemailmock.eventdestination;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code mock.limits.event-destinations-per-set}: how many event destinations one configuration set may have (the
 * SES quota, 10). Bound beside {@code MockProperties.Limits}, under the same prefix.
 */
@Validated
@ConfigurationProperties("mock.limits")
public record EventDestinationLimits(@DefaultValue("10") @Min(0) int eventDestinationsPerSet) {
}
