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
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/**
 * An account in the sandbox, its quotas enforced: every recipient but the simulator's must be verified too, and the
 * sending rate is 1.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"mock.account.sandbox=true", "mock.sending.enforce-quotas=true"})
class SandboxSendingIT {

    @LocalServerPort
    int port;

    @Test
    void unverifiedRecipientsAreRejectedAllNamedInOneMessage() {
        try (SesV2Client v2 = SesV2Clients.forPort(port, Sending.freshAccount(), "eu-west-1")) {
            v2.createEmailIdentity(request -> request.emailIdentity("sender@example.com"));

            assertThatThrownBy(() -> v2.sendEmail(Sending.simpleTo("a@example.net", "b@example.org")))
                    .isInstanceOfSatisfying(MessageRejectedException.class, modelledError(400, "MessageRejected",
                            "Email address is not verified. The following identities failed the check in region "
                                    + "EU-WEST-1: a@example.net, b@example.org"));

            v2.createEmailIdentity(request -> request.emailIdentity("example.net"));
            v2.createEmailIdentity(request -> request.emailIdentity("b@example.org"));
            assertThat(v2.sendEmail(Sending.simpleTo("a@example.net", "b@example.org")).messageId()).isNotBlank();
        }
    }

    @Test
    void aMessageToTwoVerifiedRecipientsIsSentAtTheSandboxRateOfOneButTheNextMustWait() {
        try (SesV2Client v2 = SesV2Clients.forPort(port, Sending.freshAccount(), "us-east-1")) {
            v2.createEmailIdentity(request -> request.emailIdentity("example.com"));

            assertThat(v2.sendEmail(Sending.simpleTo("a@example.com", "b@example.com")).messageId()).isNotBlank();
            assertThatThrownBy(() -> v2.sendEmail(Sending.simpleTo("a@example.com")))
                    .isInstanceOfSatisfying(TooManyRequestsException.class,
                            modelledError(429, "TooManyRequestsException", "Maximum sending rate exceeded."));
            // the simulator's recipients do not count against the rate either
            assertThat(v2.sendEmail(Sending.simpleTo("success@simulator.amazonses.com")).messageId()).isNotBlank();
            assertThat(v2.getAccount(request -> { }).sendQuota().sentLast24Hours()).isEqualTo(2);
        }
    }

    @Test
    void simulatorRecipientsNeedNoVerificationInTheSandbox() {
        try (SesV2Client v2 = SesV2Clients.forPort(port, Sending.freshAccount(), "us-east-1")) {
            v2.createEmailIdentity(request -> request.emailIdentity("sender@example.com"));

            assertThat(v2.sendEmail(Sending.simpleTo("success+x@simulator.amazonses.com")).messageId()).isNotBlank();
        }
    }

    @Test
    void aBulkEntryWithAnUnverifiedRecipientIsRejectedAloneInTheSandbox() {
        try (SesV2Client v2 = SesV2Clients.forPort(port, Sending.freshAccount(), "us-east-1")) {
            v2.createEmailIdentity(request -> request.emailIdentity("sender@example.com"));
            v2.createEmailIdentity(request -> request.emailIdentity("ok@example.net"));

            List<BulkEmailEntryResult> results = v2.sendBulkEmail(request -> request
                    .fromEmailAddress("sender@example.com")
                    .defaultContent(c -> c.template(t -> t.templateContent(tc -> tc.subject("hi").text("x"))
                            .templateData("{}")))
                    .bulkEmailEntries(BulkEmailEntry.builder().destination(d -> d.toAddresses("ok@example.net"))
                                    .build(),
                            BulkEmailEntry.builder().destination(d -> d.toAddresses("stranger@example.org"))
                                    .build())).bulkEmailEntryResults();

            assertThat(results).extracting(BulkEmailEntryResult::status)
                    .containsExactly(BulkEmailStatus.SUCCESS, BulkEmailStatus.MESSAGE_REJECTED);
            assertThat(results.get(1).error()).isEqualTo("Email address is not verified. The following identities "
                    + "failed the check in region US-EAST-1: stranger@example.org");
        }
    }
}
