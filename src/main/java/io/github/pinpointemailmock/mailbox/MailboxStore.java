package io.github.pinpointemailmock.mailbox;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.store.InfoContributor;
import io.github.pinpointemailmock.store.Resettable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every accepted message, oldest first, bounded by {@code mock.emails.max-stored} messages and
 * {@code mock.emails.max-stored-bytes} bytes: the oldest are dropped first, and counted. One lock guards it all;
 * a send holds it only to append, and a long poll waits on it without holding it. Every {@link MailboxListener} is
 * told of each message added, after the lock is released.
 */
@Component
public class MailboxStore implements Resettable, InfoContributor {

    private static final Logger log = LoggerFactory.getLogger(MailboxStore.class);

    private final int maxStored;
    private final long maxStoredBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private final Deque<CapturedEmail> emails = new ArrayDeque<>();
    private long storedBytes;
    private long dropped;
    private final List<MailboxListener> listeners;

    MailboxStore(MockProperties properties, List<MailboxListener> listeners) {
        this.maxStored = properties.emails().maxStored();
        this.maxStoredBytes = properties.emails().maxStoredBytes().toBytes();
        this.listeners = List.copyOf(listeners);
    }

    public void add(CapturedEmail email) {
        lock.lock();
        try {
            emails.addLast(email);
            storedBytes += email.size();
            while (emails.size() > maxStored || (storedBytes > maxStoredBytes && emails.size() > 1)) {
                storedBytes -= emails.removeFirst().size();
                dropped++;
            }
            added.signalAll();
        } finally {
            lock.unlock();
        }
        for (MailboxListener listener : listeners) {
            try {
                listener.added(email);
            } catch (RuntimeException e) {
                // The message is accepted and stored; a listener's trouble is its own, never the caller's.
                log.warn("Mailbox listener {} failed on message {}", listener, email.messageId(), e);
            }
        }
    }

    /** The matching messages, newest first. */
    List<CapturedEmail> newestFirst(Predicate<CapturedEmail> filter) {
        lock.lock();
        try {
            return matching(filter);
        } finally {
            lock.unlock();
        }
    }

    /**
     * As {@link #newestFirst(Predicate)}, once at least {@code count} messages match or {@code wait} has passed,
     * whichever comes first.
     */
    List<CapturedEmail> awaitNewestFirst(Predicate<CapturedEmail> filter, int count, Duration wait)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        lock.lock();
        try {
            List<CapturedEmail> found = matching(filter);
            while (found.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                added.await(left, TimeUnit.NANOSECONDS);
                found = matching(filter);
            }
            return found;
        } finally {
            lock.unlock();
        }
    }

    /** The message of that id, while it is kept; for the features that act on sent mail later. */
    public Optional<CapturedEmail> find(String messageId) {
        lock.lock();
        try {
            return emails.stream().filter(email -> email.messageId().equals(messageId)).findFirst();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the matching messages; returns how many. */
    int delete(Predicate<CapturedEmail> filter) {
        lock.lock();
        try {
            int removed = 0;
            for (Iterator<CapturedEmail> it = emails.iterator(); it.hasNext(); ) {
                CapturedEmail email = it.next();
                if (filter.test(email)) {
                    it.remove();
                    storedBytes -= email.size();
                    removed++;
                }
            }
            return removed;
        } finally {
            lock.unlock();
        }
    }

    /** How many messages are kept, and how many the bounds have dropped since the last full reset. */
    @Override
    public String infoMember() {
        return "emails";
    }

    @Override
    public Counts info() {
        return counts();
    }

    public Counts counts() {
        lock.lock();
        try {
            return new Counts(emails.size(), storedBytes, dropped);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void reset(Optional<String> account) {
        lock.lock();
        try {
            if (account.isEmpty()) {
                emails.clear();
                storedBytes = 0;
                dropped = 0;
            } else {
                delete(email -> email.account().equals(account.get()));
            }
        } finally {
            lock.unlock();
        }
    }

    private List<CapturedEmail> matching(Predicate<CapturedEmail> filter) {
        List<CapturedEmail> found = new ArrayList<>();
        for (Iterator<CapturedEmail> it = emails.descendingIterator(); it.hasNext(); ) {
            CapturedEmail email = it.next();
            if (filter.test(email)) {
                found.add(email);
            }
        }
        return found;
    }

    public record Counts(int stored, long storedBytes, long dropped) {
    }
}
