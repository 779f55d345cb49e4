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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The relay against a real SMTP server (GreenMail), an unreachable one, and one that never answers. */
class SmtpRelayTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static SmtpRelay relay(int port, int queueSize) {
        return new SmtpRelay(TestProperties.withSmtpRelay(
                new MockProperties.SmtpRelay("127.0.0.1", port, null, null, false, queueSize)));
    }

    private static CapturedEmail email(String id, List<CapturedEmail.Recipient> recipients) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("Sender <sender@example.com>");
        for (CapturedEmail.Recipient recipient : recipients) {
            message.addRecipients(RecipientType.TO, recipient.address());
        }
        message.setSubject("subject " + id);
        message.setText("hello");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        return new CapturedEmail(id, "sesv2", "111111111111", "us-east-1", Instant.EPOCH, "sender@example.com",
                recipients.stream().map(CapturedEmail.Recipient::address).toList(), List.of(), List.of(), List.of(),
                "subject " + id, "hello", null, List.of(), List.of(), null, null, null, List.of(), List.of(), null,
                recipients, raw.size(), raw.toByteArray(), null, null);
    }

    private static CapturedEmail deliveredTo(String id, String address) throws Exception {
        return email(id, List.of(recipient(address, "DELIVERED")));
    }

    private static CapturedEmail.Recipient recipient(String address, String outcome) {
        return new CapturedEmail.Recipient(address, outcome, null, null, null, false);
    }

    @Test
    void aMessageGoesToTheServerForItsDeliveredRecipientsOnlyWithTheSenderAsEnvelopeSender() throws Exception {
        SmtpRelay relay = relay(SMTP.getSmtp().getPort(), 10);
        relay.added(email("1", List.of(recipient("to@delivered.test", "DELIVERED"),
                recipient("bounce@bounced.test", "BOUNCED"), recipient("gone@suppressed.test", "SUPPRESSED"),
                recipient("angry@complained.test", "COMPLAINED"))));
        relay.added(email("2", List.of(recipient("x@unrendered.test", "RENDERING_FAILURE"))));

        assertThat(relay.shutdown(Duration.ofSeconds(30))).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("subject 1");
        assertThat(received[0].getHeader("Return-Path", null)).isEqualTo("<sender@example.com>");
        assertThat(SMTP.findReceivedMessages(user -> user.getEmail().equals("to@delivered.test"), m -> true))
                .hasSize(1);
        assertThat(relay.counts()).isEqualTo(new SmtpRelay.Counts(true, 1, 0, 0, 0));
    }

    @Test
    void anUnreachableServerIsCountedAsAFailureAndNothingIsThrown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SmtpRelay relay = relay(closedPort, 10);
        relay.added(deliveredTo("1", "to@example.net"));
        relay.added(deliveredTo("2", "to@example.net"));

        assertThat(relay.shutdown(Duration.ofSeconds(30))).isTrue();
        assertThat(relay.counts()).isEqualTo(new SmtpRelay.Counts(true, 0, 2, 0, 0));
    }

    @Test
    void whenTheQueueIsFullAMessageIsDroppedAndCounted() throws Exception {
        // A server that never answers holds the first message in the sending thread; the queue holds one more.
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            SmtpRelay relay = relay(silent.getLocalPort(), 1);
            relay.added(deliveredTo("1", "to@example.net"));
            relay.added(deliveredTo("2", "to@example.net"));
            relay.added(deliveredTo("3", "to@example.net"));
            relay.added(deliveredTo("4", "to@example.net"));

            assertThat(relay.counts()).isEqualTo(new SmtpRelay.Counts(true, 0, 0, 2, 1));
            relay.stop();
        }
    }

    @Test
    void withoutAHostTheRelayIsOffAndRelaysNothing() throws Exception {
        SmtpRelay relay = new SmtpRelay(TestProperties.defaults());
        relay.added(deliveredTo("1", "to@example.net"));

        assertThat(relay.shutdown(Duration.ofSeconds(1))).isTrue();
        assertThat(relay.counts()).isEqualTo(new SmtpRelay.Counts(false, 0, 0, 0, 0));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aFullResetClearsTheCountsAndAnAccountResetDoesNot() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SmtpRelay relay = relay(closedPort, 10);
        relay.added(deliveredTo("1", "to@example.net"));
        assertThat(relay.shutdown(Duration.ofSeconds(30))).isTrue();

        relay.reset(Optional.of("111111111111"));
        assertThat(relay.counts().failed()).isEqualTo(1);
        relay.reset(Optional.empty());
        assertThat(relay.counts().failed()).isZero();
    }
}
