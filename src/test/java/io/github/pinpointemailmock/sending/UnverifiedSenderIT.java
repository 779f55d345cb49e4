package io.github.pinpointemailmock.sending;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** {@code mock.sending.require-verified-sender=false}: a sender that is no identity of the caller may send. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mock.sending.require-verified-sender=false")
class UnverifiedSenderIT {

    @LocalServerPort
    int port;

    @Test
    void aSenderWithoutAnIdentityIsAcceptedOnBothFaces() {
        String account = Sending.freshAccount();
        try (SesV2Client v2 = SesV2Clients.forPort(port, account, "us-east-1");
             PinpointEmailClient v1 = PinpointEmailClients.forPort(port, account, "us-east-1")) {
            String viaV2 = v2.sendEmail(Sending.simpleTo("to@example.net")).messageId();
            String viaV1 = v1.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                    .destination(d -> d.toAddresses("to@example.net"))
                    .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x"))))))
                    .messageId();

            assertThat(Sending.email(port, viaV2).get("from").asString()).isEqualTo("sender@example.com");
            assertThat(Sending.email(port, viaV1).get("face").asString()).isEqualTo("pinpoint-email");
            assertThat(v2.listEmailIdentities(request -> { }).emailIdentities()).isEmpty();
        }
    }
}
