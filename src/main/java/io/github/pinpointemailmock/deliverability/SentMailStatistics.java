package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.mailbox.CapturedEmail;
import io.github.pinpointemailmock.mailbox.MailboxListener;
import io.github.pinpointemailmock.store.Resettable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Every message the emulator sent, as the mailbox is told of it, kept in a compact form for the dashboard's numbers
 * (bounded by {@code mock.deliverability.max-tracked-messages}, the oldest forgotten first). Kept apart from the
 * captured mail, so that deleting {@code /_mock/emails} or the mailbox's own bounds do not change the dashboard, as
 * they do not change {@code GetAccount}'s counts either. A subject is kept to its first 998 characters (RFC 5322's
 * line limit), a From address to 320 (RFC 5321's), its domain to 255.
 */
@Component
class SentMailStatistics implements MailboxListener, Resettable {

    private final int maxTracked;
    private final Deque<TrackedMessage> messages = new ArrayDeque<>();
    private long forgotten;

    SentMailStatistics(DeliverabilityProperties properties) {
        this.maxTracked = properties.maxTrackedMessages();
    }

    @Override
    public void added(CapturedEmail email) {
        String from = email.from();
        String domain = from.substring(from.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        List<TrackedMessage.Recipient> recipients = email.recipients().stream()
                .map(r -> new TrackedMessage.Recipient(Isps.ofAddress(r.address()), Placement.of(r.outcome())))
                .toList();
        // Kept by the 100,000, so kept short: a sent message's subject or From may be as long as its 56 MB body.
        TrackedMessage tracked = new TrackedMessage(email.account(), email.region(),
                StoredText.cut(from, StoredText.MAX_ADDRESS), StoredText.cut(domain, StoredText.MAX_DOMAIN),
                StoredText.cut(email.subject() == null ? "" : email.subject(), StoredText.MAX_LINE), email.sentAt(),
                recipients);
        synchronized (messages) {
            messages.addLast(tracked);
            while (messages.size() > maxTracked) {
                messages.removeFirst();
                forgotten++;
            }
        }
    }

    /** The caller's tracked messages that {@code filter} keeps, oldest first. */
    List<TrackedMessage> of(AccountRegion caller, Predicate<TrackedMessage> filter) {
        synchronized (messages) {
            return messages.stream()
                    .filter(m -> m.account().equals(caller.accountId()) && m.region().equals(caller.region()))
                    .filter(filter)
                    .toList();
        }
    }

    Counts counts() {
        synchronized (messages) {
            return new Counts(messages.size(), forgotten);
        }
    }

    @Override
    public void reset(Optional<String> account) {
        synchronized (messages) {
            if (account.isEmpty()) {
                messages.clear();
                forgotten = 0;
            } else {
                messages.removeIf(m -> m.account().equals(account.get()));
            }
        }
    }

    record Counts(int tracked, long forgotten) {
    }
}
