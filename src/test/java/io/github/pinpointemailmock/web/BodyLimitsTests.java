package io.github.pinpointemailmock.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.OperationMatch;
import io.github.pinpointemailmock.support.TestProperties;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class BodyLimitsTests {

    private static BodyLimits limits(Map<Operation, DataSize> perOperation) {
        MockProperties defaults = TestProperties.defaults();
        return new BodyLimits(new MockProperties(defaults.defaultAccount(), defaults.defaultRegion(),
                DataSize.ofKilobytes(1), perOperation, defaults.dedicatedIpPools(), defaults.limits(),
                defaults.throttle(), defaults.validation(), defaults.auth(), defaults.requestLog(),
                defaults.account(),
                new MockProperties.Sending(true, false), new MockProperties.Emails(10_000, DataSize.ofMegabytes(256)),
                MockProperties.SmtpRelay.OFF, MockProperties.Events.OFF, List.of()));
    }

    @Test
    void anOperationWithALimitOfItsOwnHasItAndEveryOtherRequestTheDefault() {
        BodyLimits limits = limits(Map.of(Operation.TAG_RESOURCE, DataSize.ofKilobytes(64)));

        assertThat(limits.limitFor(OperationMatch.served(ApiFace.SES_V2, Operation.TAG_RESOURCE))).isEqualTo(65_536);
        assertThat(limits.limitFor(OperationMatch.served(ApiFace.SES_V2, Operation.CREATE_CONFIGURATION_SET)))
                .isEqualTo(1024);
        assertThat(limits.limitFor(OperationMatch.notEmulated(ApiFace.SES_V2, "SendEmail"))).isEqualTo(1024);
        assertThat(limits.limitFor(null)).isEqualTo(1024);
        assertThat(limits.defaultLimit()).isEqualTo(1024);
    }

    @Test
    void aBodyIsDrainedUpToEightTimesItsLimitAtMost64MibAndNothingLargerThanTheLargestLimitAllows() {
        assertThat(BodyLimits.drainLimit(1024)).isEqualTo(8192);
        assertThat(BodyLimits.drainLimit(56L * 1024 * 1024)).isEqualTo(64L * 1024 * 1024);
        assertThat(BodyLimits.drainLimit(100L * 1024 * 1024)).isEqualTo(100L * 1024 * 1024);
        assertThat(BodyLimits.drainLimit(Long.MAX_VALUE / 2)).isEqualTo(Long.MAX_VALUE / 2);
        // SendEmail and SendBulkEmail have a limit of their own by default (MockProperties.SEND_EMAIL_BODY_LIMIT);
        // set to the default limit here, so that the other limits decide.
        assertThat(limits(Map.of(Operation.SEND_EMAIL, DataSize.ofKilobytes(1),
                Operation.SEND_BULK_EMAIL, DataSize.ofKilobytes(1))).largestDrainLimit()).isEqualTo(8192);
        assertThat(limits(Map.of(Operation.TAG_RESOURCE, DataSize.ofKilobytes(64),
                Operation.UNTAG_RESOURCE, DataSize.ofBytes(10), Operation.SEND_EMAIL, DataSize.ofKilobytes(1),
                Operation.SEND_BULK_EMAIL, DataSize.ofKilobytes(1))).largestDrainLimit()).isEqualTo(8 * 65_536);
    }

    @Test
    void theOneAnswerNamesTheLimit() {
        assertThat(BodyLimits.tooLarge(1024).getMessage()).isEqualTo("Request body must not be larger than 1024 bytes.");
    }
}
