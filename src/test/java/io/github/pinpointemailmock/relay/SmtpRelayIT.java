package io.github.pinpointemailmock.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.TestAccounts;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SuppressionListReason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SendEmail through the SDK, relayed to a real SMTP server (GreenMail) the test starts. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SmtpRelayIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry registry) {
        registry.add("mock.smtp-relay.host", () -> "127.0.0.1");
        registry.add("mock.smtp-relay.port", () -> SMTP.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Test
    void aDeliveredMessageArrivesAtTheRelayAndBouncedOrSuppressedRecipientsDoNot() throws Exception {
        String account = TestAccounts.random();
        try (SesV2Client v2 = SesV2Clients.forPort(port, account, "us-east-1")) {
            v2.createEmailIdentity(request -> request.emailIdentity("example.com"));
            v2.putSuppressedDestination(request -> request.emailAddress("gone@suppressed.test")
                    .reason(SuppressionListReason.BOUNCE));
            v2.sendEmail(request -> request.fromEmailAddress("Sender <sender@example.com>")
                    .destination(d -> d.toAddresses("to@delivered.test", "bounce@simulator.amazonses.com")
                            .ccAddresses("gone@suppressed.test"))
                    .content(c -> c.simple(m -> m.subject(s -> s.data("Relayed hello"))
                            .body(b -> b.text(t -> t.data("hello"))))));
            // The relay sends one message at a time: once the second has arrived, the first is complete. Each has
            // one recipient delivered, as GreenMail counts a message per recipient but waits per SMTP transaction.
            v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                    .destination(d -> d.toAddresses("later@delivered.test"))
                    .content(c -> c.simple(m -> m.subject(s -> s.data("Second"))
                            .body(b -> b.text(t -> t.data("hello"))))));
        }

        assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        // GreenMail keeps a copy per envelope recipient, in that recipient's mailbox.
        assertThat(SMTP.findReceivedMessages(user -> user.getEmail().equals("to@delivered.test"),
                message -> true)).hasSize(1);
        assertThat(SMTP.findReceivedMessages(user -> user.getEmail().equals("later@delivered.test"),
                message -> true)).hasSize(1);
        assertThat(SMTP.findReceivedMessages(user -> !user.getEmail().endsWith("@delivered.test"),
                message -> true)).isEmpty();
        MimeMessage first = Arrays.stream(received).filter(message -> subject(message).equals("Relayed hello"))
                .findFirst().orElseThrow();
        assertThat(first.getRecipients(RecipientType.TO)).extracting(address -> ((InternetAddress) address)
                .getAddress()).containsExactly("to@delivered.test", "bounce@simulator.amazonses.com");
        assertThat(first.getHeader("Bcc")).isNull();
        assertThat(first.getHeader("Return-Path", null)).isEqualTo("<sender@example.com>");

        JsonNode info = JsonMapper.builder().build().readTree(new MockControlPlane(port)
                .send("GET", "/_mock/info", null, null).body());
        assertThat(info.get("settings").get("smtpRelay").get("host").asString()).isEqualTo("127.0.0.1");
        assertThat(info.get("settings").get("smtpRelay").get("port").asInt()).isEqualTo(SMTP.getSmtp().getPort());
        assertThat(info.get("settings").get("smtpRelay").has("password")).isFalse();
        assertThat(info.get("smtpRelay").get("enabled").asBoolean()).isTrue();
        assertThat(info.get("smtpRelay").get("relayed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(info.get("smtpRelay").get("failed").asLong()).isZero();
        assertThat(info.get("smtpRelay").get("dropped").asLong()).isZero();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
