package io.github.pinpointemailmock.relay;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.mailbox.CapturedEmail;
import io.github.pinpointemailmock.mailbox.MailboxListener;
import io.github.pinpointemailmock.store.InfoContributor;
import io.github.pinpointemailmock.store.Resettable;
import jakarta.annotation.PreDestroy;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The optional SMTP relay ({@code mock.smtp-relay.*}): every message the mailbox keeps is also sent to a real SMTP
 * server, to the recipients it was delivered to (outcome {@code DELIVERED}; bounced, suppressed, complained-of and
 * unrendered recipients are not relayed), with the sender as envelope sender, the stored RFC 5322 message unchanged.
 * One thread sends, from a bounded queue, so a slow or absent server never slows or fails a send: a full queue drops
 * the message, a failed delivery is logged; both are counted for {@code /_mock/info}.
 */
@Component
public class SmtpRelay implements MailboxListener, Resettable, InfoContributor {

    private static final Logger log = LoggerFactory.getLogger(SmtpRelay.class);
    /** Connect, read and write timeouts: a server that hangs holds the queue no longer than this per message. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final MockProperties.SmtpRelay settings;
    private final Session session;
    private final ThreadPoolExecutor sender;
    private final AtomicLong relayed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    SmtpRelay(MockProperties properties) {
        this.settings = properties.smtpRelay();
        if (!settings.enabled()) {
            this.session = null;
            this.sender = null;
            return;
        }
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", settings.host());
        smtp.put("mail.smtp.port", String.valueOf(settings.port()));
        smtp.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        smtp.put("mail.smtp.timeout", String.valueOf(TIMEOUT.toMillis()));
        smtp.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT.toMillis()));
        smtp.put("mail.smtp.auth", String.valueOf(settings.username() != null));
        smtp.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        smtp.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        this.session = Session.getInstance(smtp);
        // The first message goes straight to the thread, the next queueSize wait; any more are refused (dropped).
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.queueSize()), runnable -> {
                    Thread thread = new Thread(runnable, "smtp-relay");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public void added(CapturedEmail email) {
        if (sender == null) {
            return;
        }
        List<String> delivered = email.recipients().stream()
                .filter(recipient -> "DELIVERED".equals(recipient.outcome()))
                .map(CapturedEmail.Recipient::address).toList();
        if (delivered.isEmpty()) {
            return;
        }
        try {
            sender.execute(() -> relay(email, delivered));
        } catch (RejectedExecutionException e) {
            dropped.incrementAndGet();
            log.warn("SMTP relay queue full ({} messages): message {} dropped", settings.queueSize(),
                    email.messageId());
        }
    }

    private void relay(CapturedEmail email, List<String> recipients) {
        try {
            SMTPMessage message = new SMTPMessage(session, new ByteArrayInputStream(email.raw()));
            message.setEnvelopeFrom(email.from());
            Address[] to = new Address[recipients.size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = new InternetAddress(recipients.get(i), false);
            }
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
                transport.sendMessage(message, to);
            }
            relayed.incrementAndGet();
        } catch (MessagingException | RuntimeException e) {
            failed.incrementAndGet();
            log.warn("SMTP relay to {}:{} failed for message {}: {}", settings.host(), settings.port(),
                    email.messageId(), e.toString());
        }
    }

    /** What the relay has done since the start or the last full reset. */
    @Override
    public String infoMember() {
        return "smtpRelay";
    }

    @Override
    public Counts info() {
        return counts();
    }

    public Counts counts() {
        return new Counts(settings.enabled(), relayed.get(), failed.get(), dropped.get(),
                sender == null ? 0 : sender.getQueue().size());
    }

    /** Counts are the relay's, not an account's: only a full reset clears them. */
    @Override
    public void reset(Optional<String> account) {
        if (account.isEmpty()) {
            relayed.set(0);
            failed.set(0);
            dropped.set(0);
        }
    }

    /** Lets the queued messages go out, waiting at most {@code timeout}; nothing is relayed afterwards. */
    boolean shutdown(Duration timeout) throws InterruptedException {
        if (sender == null) {
            return true;
        }
        sender.shutdown();
        return sender.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (sender != null) {
            sender.shutdownNow();
        }
    }

    /**
     * @param enabled whether a relay host is set
     * @param relayed messages the SMTP server accepted
     * @param failed  messages it refused, or could not be reached for
     * @param dropped messages not relayed because the queue was full
     * @param queued  messages waiting now
     */
    public record Counts(boolean enabled, long relayed, long failed, long dropped, int queued) {
    }
}
