package io.github.pinpointemailmock.sending;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What SendEmail's refusal of one bulk entry is as that entry's BulkEmailStatus, for every error a send can raise;
 * the statuses the SDK ITs cannot reach by state (no rule raises their error) are pinned here.
 */
class BulkEmailStatusTests {

    private static String status(AwsErrorType type, String message, boolean accountSendingEnabled) {
        return BulkSendingService.status(new AwsException(type, message), accountSendingEnabled);
    }

    @Test
    void eachSendErrorHasItsStatus() {
        assertThat(status(AwsErrorType.BAD_REQUEST, "Missing final '@domain'", true)).isEqualTo("INVALID_PARAMETER");
        assertThat(status(AwsErrorType.MESSAGE_REJECTED, "Email address is not verified.", true))
                .isEqualTo("MESSAGE_REJECTED");
        assertThat(status(AwsErrorType.MAIL_FROM_DOMAIN_NOT_VERIFIED, "x", true))
                .isEqualTo("MAIL_FROM_DOMAIN_NOT_VERIFIED");
        assertThat(status(AwsErrorType.ACCOUNT_SUSPENDED, "x", true)).isEqualTo("ACCOUNT_SUSPENDED");
        assertThat(status(AwsErrorType.TOO_MANY_REQUESTS, SendLedger.DAILY_QUOTA_EXCEEDED, true))
                .isEqualTo("ACCOUNT_DAILY_QUOTA_EXCEEDED");
        assertThat(status(AwsErrorType.TOO_MANY_REQUESTS, "Maximum sending rate exceeded.", true))
                .isEqualTo("ACCOUNT_THROTTLED");
    }

    @Test
    void pausedSendingIsTheAccountsWhenItsSendingIsOffElseTheConfigurationSets() {
        assertThat(status(AwsErrorType.SENDING_PAUSED, SendingService.ACCOUNT_SENDING_PAUSED, false))
                .isEqualTo("ACCOUNT_SENDING_PAUSED");
        assertThat(status(AwsErrorType.SENDING_PAUSED, "Sending is paused for configuration set s.", true))
                .isEqualTo("CONFIGURATION_SET_SENDING_PAUSED");
    }

    @Test
    void anyOtherErrorIsFailed() {
        Set<AwsErrorType> mapped = EnumSet.of(AwsErrorType.BAD_REQUEST, AwsErrorType.MESSAGE_REJECTED,
                AwsErrorType.MAIL_FROM_DOMAIN_NOT_VERIFIED, AwsErrorType.ACCOUNT_SUSPENDED,
                AwsErrorType.SENDING_PAUSED, AwsErrorType.TOO_MANY_REQUESTS);
        for (AwsErrorType type : EnumSet.complementOf(EnumSet.copyOf(mapped))) {
            assertThat(status(type, "x", true)).as(type.name()).isEqualTo("FAILED");
        }
    }
}
