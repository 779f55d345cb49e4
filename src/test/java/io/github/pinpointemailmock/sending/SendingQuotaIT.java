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

/**
 * Quotas enforced: recipients per second and per 24 hours, simulator recipients not counted. The rate is 1, so a
 * message of several recipients spends several seconds of it: the tests' next send comes well within them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"mock.sending.enforce-quotas=true",
        "mock.account.max-send-rate=1", "mock.account.max-24-hour-send=5"})
class SendingQuotaIT {

    @LocalServerPort
    int port;

    @Test
    void aMessageWithMoreRecipientsThanTheRateIsSentAndTheNextIsThrottledUntilTheRateHasMadeUpForThem() {
        try (SesV2Client v2 = SesV2Clients.forPort(port, Sending.freshAccount(), "us-east-1")) {
            v2.createEmailIdentity(request -> request.emailIdentity("example.com"));

            // 4 recipients at a rate of 1 are accepted, as SES accepts them, and take the next 4 seconds' allowance.
            assertThat(v2.sendEmail(Sending.simpleTo("a@x.net", "b@x.net", "c@x.net", "d@x.net")).messageId())
                    .isNotBlank();
            assertThatThrownBy(() -> v2.sendEmail(Sending.simpleTo("e@x.net")))
                    .isInstanceOfSatisfying(TooManyRequestsException.class,
                            modelledError(429, "TooManyRequestsException", "Maximum sending rate exceeded."));
            assertThat(v2.getAccount(request -> { }).sendQuota().sentLast24Hours()).isEqualTo(4);
        }
    }

    @Test
    void bulkEntriesOverTheRateOrTheDailyQuotaHaveTheirThrottlingStatusAndTheOthersAreSent() {
        try (SesV2Client v2 = SesV2Clients.forPort(port, Sending.freshAccount(), "us-east-1")) {
            v2.createEmailIdentity(request -> request.emailIdentity("example.com"));

            // 4 recipients at once are sent at the rate of 1 and spend the next 4 seconds' allowance: 1 more (within
            // the 24-hour quota of 5) is over the rate; then 3 more are over the 24-hour quota, which is checked first,
            // whatever the rate.
            List<BulkEmailEntryResult> results = v2.sendBulkEmail(request -> request
                    .fromEmailAddress("sender@example.com")
                    .defaultContent(c -> c.template(t -> t.templateContent(tc -> tc.subject("s").text("x"))
                            .templateData("{}")))
                    .bulkEmailEntries(entry("a@x.net", "b@x.net", "c@x.net", "d@x.net"), entry("e@x.net"),
                            entry("h@x.net", "i@x.net", "j@x.net")))
                    .bulkEmailEntryResults();

            assertThat(results).extracting(BulkEmailEntryResult::status).containsExactly(
                    BulkEmailStatus.SUCCESS, BulkEmailStatus.ACCOUNT_THROTTLED,
                    BulkEmailStatus.ACCOUNT_DAILY_QUOTA_EXCEEDED);
            assertThat(results).extracting(BulkEmailEntryResult::error).containsExactly(
                    null, "Maximum sending rate exceeded.", "Daily message quota exceeded.");
            assertThat(v2.getAccount(request -> { }).sendQuota().sentLast24Hours()).isEqualTo(4);
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

            // 3 + 3 is over the 24-hour quota of 5 (and the rate of 1): the 24-hour quota is checked first.
            assertThatThrownBy(() -> v2.sendEmail(Sending.simpleTo("d@x.net", "e@x.net", "f@x.net")))
                    .isInstanceOfSatisfying(TooManyRequestsException.class,
                            modelledError(429, "TooManyRequestsException", "Daily message quota exceeded."));
        }
    }
}
