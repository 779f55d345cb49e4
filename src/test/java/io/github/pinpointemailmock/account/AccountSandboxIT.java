package io.github.pinpointemailmock.account;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.junit.PinpointEmailMockTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.ConflictException;
import software.amazon.awssdk.services.sesv2.model.GetAccountResponse;
import software.amazon.awssdk.services.sesv2.model.MailType;
import software.amazon.awssdk.services.sesv2.model.ReviewStatus;

/**
 * An emulator whose accounts are in the SES sandbox, with quotas set that the sandbox overrides. Run with the project's
 * own JUnit extension: the clients are injected, and each test starts from an empty emulator.
 */
@PinpointEmailMockTest(properties = {
        "mock.account.sandbox=true", "mock.account.max-24-hour-send=1000", "mock.account.max-send-rate=5"})
class AccountSandboxIT {

    @Test
    void anAccountInTheSandboxHasNoProductionAccessAndTheSandboxQuotaOnBothFaces(SesV2Client v2,
                                                                                 PinpointEmailClient v1) {
        GetAccountResponse got = v2.getAccount(request -> { });
        assertThat(got.productionAccessEnabled()).isFalse();
        assertThat(got.sendQuota().max24HourSend()).isEqualTo(200);
        assertThat(got.sendQuota().maxSendRate()).isEqualTo(1);

        var gotV1 = v1.getAccount(request -> { });
        assertThat(gotV1.productionAccessEnabled()).isFalse();
        assertThat(gotV1.sendQuota().max24HourSend()).isEqualTo(200);
        assertThat(gotV1.sendQuota().maxSendRate()).isEqualTo(1);
    }

    @Test
    void aRequestForProductionAccessStaysUnderReviewAndASecondOneIsAConflict(SesV2Client v2) {
        v2.putAccountDetails(request -> request.mailType(MailType.MARKETING).websiteURL("https://example.com")
                .productionAccessEnabled(true));

        GetAccountResponse got = v2.getAccount(request -> { });
        assertThat(got.details().reviewDetails().status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(got.productionAccessEnabled()).isFalse();
        String caseId = got.details().reviewDetails().caseId();

        assertThatThrownBy(() -> v2.putAccountDetails(request -> request.mailType(MailType.TRANSACTIONAL)
                .websiteURL("https://example.com")))
                .isInstanceOfSatisfying(ConflictException.class, modelledError(409, "ConflictException",
                        "Your account details are already under review (case " + caseId + ")."));
        assertThat(v2.getAccount(request -> { }).details().mailType()).isEqualTo(MailType.MARKETING);
    }

    @Test
    void detailsSentInTheSandboxWithoutAskingForProductionAccessHaveNoReview(SesV2Client v2) {
        v2.putAccountDetails(request -> request.mailType(MailType.MARKETING).websiteURL("https://example.com"));

        assertThat(v2.getAccount(request -> { }).details().reviewDetails()).isNull();

        v2.putAccountDetails(request -> request.mailType(MailType.TRANSACTIONAL).websiteURL("https://x.example"));

        assertThat(v2.getAccount(request -> { }).details().mailType()).isEqualTo(MailType.TRANSACTIONAL);
    }
}
