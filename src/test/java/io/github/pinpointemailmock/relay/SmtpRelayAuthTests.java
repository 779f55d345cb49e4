package io.github.pinpointemailmock.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.mailbox.CapturedEmail;
import io.github.pinpointemailmock.support.TestProperties;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code mock.smtp-relay.username}/{@code password} and {@code starttls} against a real SMTP server (GreenMail) that
 * checks its user's password. GreenMail's SMTP server offers no STARTTLS, so a relay that requires it must refuse
 * to send there: that is what requiring it means.
 */
class SmtpRelayAuthTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("relay@mock.test", "relay-user", "s3cret"));

    private static SmtpRelay relay(String username, String password, boolean starttls) {
        return new SmtpRelay(TestProperties.withSmtpRelay(new MockProperties.SmtpRelay("127.0.0.1",
                SMTP.getSmtp().getPort(), username, password, starttls, 10)));
    }

    private static CapturedEmail deliveredTo(String address) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("sender@example.com");
        message.setRecipients(RecipientType.TO, address);
        message.setSubject("authenticated");
        message.setText("hello");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        List<CapturedEmail.Recipient> recipients =
                List.of(new CapturedEmail.Recipient(address, "DELIVERED", null, null, null, false));
        return new CapturedEmail("auth-1", "sesv2", "111111111111", "us-east-1", Instant.EPOCH, "sender@example.com",
                List.of(address), List.of(), List.of(), List.of(), "authenticated", "hello", null, List.of(), List.of(),
                null, null, null, List.of(), List.of(), null, recipients, raw.size(), raw.toByteArray(), null, null);
    }

    @Test
    void theRightUserAndPasswordAuthenticateAndTheMessageIsRelayed() throws Exception {
        SmtpRelay relay = relay("relay-user", "s3cret", false);
        relay.added(deliveredTo("to@delivered.test"));

        assertThat(relay.shutdown(Duration.ofSeconds(30))).isTrue();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("authenticated");
        assertThat(relay.counts()).isEqualTo(new SmtpRelay.Counts(true, 1, 0, 0, 0));
    }

    @Test
    void aWrongPasswordIsRefusedByTheServerAndCountedAsAFailure() throws Exception {
        SmtpRelay relay = relay("relay-user", "wrong", false);
        relay.added(deliveredTo("to@delivered.test"));

        assertThat(relay.shutdown(Duration.ofSeconds(30))).isTrue();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(relay.counts()).isEqualTo(new SmtpRelay.Counts(true, 0, 1, 0, 0));
    }

    @Test
    void requiredStarttlsSendsNothingToAServerThatDoesNotOfferIt() throws Exception {
        SmtpRelay relay = relay("relay-user", "s3cret", true);
        relay.added(deliveredTo("to@delivered.test"));

        assertThat(relay.shutdown(Duration.ofSeconds(30))).isTrue();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(relay.counts()).isEqualTo(new SmtpRelay.Counts(true, 0, 1, 0, 0));
    }
}
