package io.github.pinpointemailmock.deliverability;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code mock.deliverability.*} settings of the Deliverability dashboard. Kept in this feature rather than in
 * {@code MockProperties} so that the record every test constructs does not change with it.
 *
 * @param testDuration        how long a predictive inbox placement test stays {@code IN_PROGRESS} before it is
 *                            {@code COMPLETED} (about 24 hours on SES)
 * @param maxTestReports      test reports kept per account and region; one more is {@code LimitExceededException}
 * @param maxTrackedMessages  sent messages the dashboard's numbers are computed from, across all accounts; the
 *                            oldest are forgotten first
 * @param maxBlacklistEntries entries {@code POST /_mock/blacklist} may add in all
 * @param maxStoredMessageSize the most of a test's MIME message a test report keeps (and
 *                            {@code GetDeliverabilityTestReport} shows): its start, up to this many bytes
 */
@Validated
@ConfigurationProperties("mock.deliverability")
public record DeliverabilityProperties(@DefaultValue("5s") Duration testDuration,
                                       @DefaultValue("1000") @Min(1) int maxTestReports,
                                       @DefaultValue("100000") @Min(1) int maxTrackedMessages,
                                       @DefaultValue("10000") @Min(1) int maxBlacklistEntries,
                                       @DefaultValue("64KB") DataSize maxStoredMessageSize) {

    public DeliverabilityProperties {
        if (testDuration.isNegative()) {
            throw new IllegalArgumentException("mock.deliverability.test-duration must not be negative");
        }
        if (maxStoredMessageSize.toBytes() < 1 || maxStoredMessageSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "mock.deliverability.max-stored-message-size must be from 1 byte to 2GB");
        }
    }
}
