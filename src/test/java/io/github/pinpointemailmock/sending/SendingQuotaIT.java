package io.github.pinpointemailmock.sending;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.SesV2Clients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import java.util.List;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BulkEmailEntry;
import software.amazon.awssdk.services.sesv2.model.BulkEmailEntryResult;
import software.amazon.awssdk.services.sesv2.model.BulkEmailStatus;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/** Quotas enforced: recipients per second and per 24 hours, simulator recipients not counted. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"mock.sending.enforce-quotas=true",
        "mock.account.max-send-rate=3", "mock.account.max-24-hour-send=5"})
class SendingQuotaIT {

    @LocalServerPort
    int port;

    @Test
    void moreRecipientsAtOnceThanTheRateAllowsAreThrottled() {
        try (SesV2Client v2 = SesV2Clients.forPort(port, Sending.freshAccount(), "us-east-1")) {
            v2.createEmailIdentity(request -> request.emailIdentity("example.com"));

            assertThatThrownBy(() -> v2.sendEmail(Sending.simpleTo("a@x.net", "b@x.net", "c@x.net", "d@x.net")))
                    .isInstanceOfSatisfying(TooManyRequestsException.class,
                            modelledError(429, "TooManyRequestsException", "Maximum sending rate exceeded."));
            assertThat(v2.getAccount(request -> { }).sendQuota().sentLast24Hours()).isZero();
        }
    }

    @Test
    void bulkEntriesOverTheRateOrTheDailyQuotaHaveTheirThrottlingStatusAndTheOthersAreSent() {
        try (SesV2Client v2 = SesV2Clients.forPort(port, Sending.freshAccount(), "us-east-1")) {
            v2.createEmailIdentity(request -> request.emailIdentity("example.com"));

            // 4 recipients at once are over the rate of 3 (but not the 24-hour quota of 5); 3 more are sent; then
            // 3 more are over the 24-hour quota, which is checked first, whatever the second.
            List<BulkEmailEntryResult> results = v2.sendBulkEmail(request -> request
                    .fromEmailAddress("sender@example.com")
                    .defaultContent(c -> c.template(t -> t.templateContent(tc -> tc.subject("s").text("x"))
                            .templateData("{}")))
                    .bulkEmailEntries(entry("a@x.net", "b@x.net", "c@x.net", "d@x.net"),
                            entry("e@x.net", "f@x.net", "g@x.net"), entry("h@x.net", "i@x.net", "j@x.net")))
                    .bulkEmailEntryResults();

            assertThat(results).extracting(BulkEmailEntryResult::status).containsExactly(
                    BulkEmailStatus.ACCOUNT_THROTTLED, BulkEmailStatus.SUCCESS,
                    BulkEmailStatus.ACCOUNT_DAILY_QUOTA_EXCEEDED);
            assertThat(results).extracting(BulkEmailEntryResult::error).containsExactly(
                    "Maximum sending rate exceeded.", null, "Daily message quota exceeded.");
            assertThat(v2.getAccount(request -> { }).sendQuota().sentLast24Hours()).isEqualTo(3);
        }
    }

    private static BulkEmailEntry entry(String... to) {
        return BulkEmailEntry.builder().destination(d -> d.toAddresses(to)).build();
    }

    @Test
    void sendsOverTheDailyQuotaAreRefusedButSimulatorSendsDoNotCount() {
        try (SesV2Client v2 = SesV2Clients.forPort(port, Sending.freshAccount(), "us-east-1")) {
            v2.createEmailIdentity(request -> request.emailIdentity("example.com"));
            v2.sendEmail(Sending.simpleTo("a@x.net", "b@x.net", "c@x.net", "success@simulator.amazonses.com"));
            assertThat(v2.getAccount(request -> { }).sendQuota().sentLast24Hours()).isEqualTo(3);

            // 3 + 3 is over the 24-hour quota of 5 (and, in the same second, the rate of 3): the quota is checked first.
            assertThatThrownBy(() -> v2.sendEmail(Sending.simpleTo("d@x.net", "e@x.net", "f@x.net")))
                    .isInstanceOfSatisfying(TooManyRequestsException.class,
                            modelledError(429, "TooManyRequestsException", "Daily message quota exceeded."));
        }
    }
}
