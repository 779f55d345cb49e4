package io.github.pinpointemailmock.mailbox;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.store.InfoContributor;
import io.github.pinpointemailmock.store.Listeners;
import io.github.pinpointemailmock.store.Resettable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every accepted message, oldest first, bounded by {@code mock.emails.max-stored} messages and
 * {@code mock.emails.max-stored-bytes} bytes: the oldest are dropped first, and counted. One lock guards it all; a
 * send holds it only to append and to test the new message against each {@link Watch} (a long poll's filter), never
 * to scan what is kept. Every {@link MailboxListener} is told of each message added, after the lock is released.
 */
@Component
public class MailboxStore implements Resettable, InfoContributor {

    private static final Logger log = LoggerFactory.getLogger(MailboxStore.class);

    private final int maxStored;
    private final long maxStoredBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<CapturedEmail> emails = new ArrayDeque<>();
    private final List<Watch> watches = new ArrayList<>();
    private long storedBytes;
    private long dropped;
    private final List<MailboxListener> listeners;

    MailboxStore(MockProperties properties, List<MailboxListener> listeners) {
        this.maxStored = properties.emails().maxStored();
        this.maxStoredBytes = properties.emails().maxStoredBytes().toBytes();
        this.listeners = List.copyOf(listeners);
    }

    public void add(CapturedEmail email) {
        List<Watch> ready = List.of();
        lock.lock();
        try {
            emails.addLast(email);
            storedBytes += email.size();
            counted(email, 1);
            while (emails.size() > maxStored || (storedBytes > maxStoredBytes && emails.size() > 1)) {
                CapturedEmail oldest = emails.removeFirst();
                storedBytes -= oldest.size();
                dropped++;
                counted(oldest, -1);
            }
            ready = takeReady();
        } finally {
            lock.unlock();
        }
        for (Watch watch : ready) {
            watch.fire();
        }
        Listeners.tellEach(listeners, listener -> listener.added(email), "message " + email.messageId());
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
     * Watches for {@code count} messages matching {@code filter}: {@code ready} runs once, when that many are kept,
     * on this thread if they already are, else on the thread of the send that completed the count (after the lock
     * is released; it must return quickly). The count is kept as messages come and go (added, dropped by the bounds,
     * deleted, reset), testing only those, so a watch costs a send one filter test and never a scan.
     */
    Watch watch(Predicate<CapturedEmail> filter, int count, Runnable ready) {
        Watch watch = new Watch(filter, count, ready);
        lock.lock();
        try {
            for (CapturedEmail email : emails) {
                if (filter.test(email)) {
                    watch.matched++;
                }
            }
            if (watch.matched < count) {
                watches.add(watch);
                return watch;
            }
        } finally {
            lock.unlock();
        }
        watch.fire();
        return watch;
    }

    /** Stops a watch (its poll timed out or went away); a {@code ready} already on its way may still run once. */
    void unwatch(Watch watch) {
        lock.lock();
        try {
            watches.remove(watch);
        } finally {
            lock.unlock();
        }
    }

    /** How many watches wait now. */
    int watching() {
        lock.lock();
        try {
            return watches.size();
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
                    counted(email, -1);
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
                watches.forEach(watch -> watch.matched = 0);
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

    /** Under the lock: a message kept ({@code +1}) or gone ({@code -1}), for every watch whose filter it matches. */
    private void counted(CapturedEmail email, int delta) {
        for (Watch watch : watches) {
            if (watch.filter.test(email)) {
                watch.matched += delta;
            }
        }
    }

    /** Under the lock: the watches whose count is reached, removed, to be fired once the lock is released. */
    private List<Watch> takeReady() {
        List<Watch> ready = null;
        for (Iterator<Watch> it = watches.iterator(); it.hasNext(); ) {
            Watch watch = it.next();
            if (watch.matched >= watch.count) {
                it.remove();
                if (ready == null) {
                    ready = new ArrayList<>();
                }
                ready.add(watch);
            }
        }
        return ready == null ? List.of() : ready;
    }

    /** A long poll's filter and how many of the kept messages match it, counted under the store's lock. */
    static final class Watch {

        private final Predicate<CapturedEmail> filter;
        private final int count;
        private final Runnable ready;
        private int matched;

        private Watch(Predicate<CapturedEmail> filter, int count, Runnable ready) {
            this.filter = filter;
            this.count = count;
            this.ready = ready;
        }

        private void fire() {
            try {
                ready.run();
            } catch (RuntimeException e) {
                // A poll's trouble is its own: the send that completed it is accepted all the same.
                log.warn("Mailbox watch failed", e);
            }
        }
    }

    public record Counts(int stored, long storedBytes, long dropped) {
    }
}
