package io.github.pinpointemailmock.events;

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
import org.springframework.stereotype.Component;

/**
 * Every event published, oldest first, at most {@code mock.events.max-stored} of them and
 * {@code mock.events.max-stored-bytes} of their JSON: the oldest are dropped first, and counted. The newest event is
 * kept even when it alone weighs more, as the mailbox keeps its newest message. One lock guards it; a send holds it
 * only to append.
 */
@Component
class EventLog implements Resettable, InfoContributor {

    private final int maxStored;
    private final long maxStoredBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<RecordedEvent> events = new ArrayDeque<>();
    private long storedBytes;
    private long recorded;
    private long dropped;

    private final List<EventsRecordedListener> listeners;

    EventLog(EventLogProperties properties, List<EventsRecordedListener> listeners) {
        this.maxStored = properties.maxStored();
        this.maxStoredBytes = properties.maxStoredBytes().toBytes();
        this.listeners = List.copyOf(listeners);
    }

    void add(List<RecordedEvent> added) {
        lock.lock();
        try {
            for (RecordedEvent event : added) {
                events.addLast(event);
                storedBytes += event.size();
                recorded++;
            }
            while (events.size() > maxStored || (storedBytes > maxStoredBytes && events.size() > 1)) {
                storedBytes -= events.removeFirst().size();
                dropped++;
            }
        } finally {
            lock.unlock();
        }
        if (!added.isEmpty()) {
            tell(added);
        }
    }

    private void tell(List<RecordedEvent> added) {
        RecordedEvent first = added.get(0);
        EventsRecordedListener.EventsRecorded recorded = new EventsRecordedListener.EventsRecorded(
                first.getMessageId(), first.getAccount(), first.getRegion(),
                added.stream().map(RecordedEvent::getEventType).distinct().toList());
        Listeners.tellEach(listeners, listener -> listener.recorded(recorded),
                "events of message " + first.getMessageId());
    }

    /** The matching events, newest first. */
    List<RecordedEvent> newestFirst(Predicate<RecordedEvent> filter) {
        lock.lock();
        try {
            List<RecordedEvent> found = new ArrayList<>();
            for (Iterator<RecordedEvent> it = events.descendingIterator(); it.hasNext(); ) {
                RecordedEvent event = it.next();
                if (filter.test(event)) {
                    found.add(event);
                }
            }
            return found;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the matching events; returns how many. */
    int delete(Predicate<RecordedEvent> filter) {
        lock.lock();
        try {
            int before = events.size();
            removeIf(filter);
            return before - events.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void reset(Optional<String> account) {
        lock.lock();
        try {
            if (account.isEmpty()) {
                events.clear();
                storedBytes = 0;
                recorded = 0;
                dropped = 0;
            } else {
                removeIf(event -> event.getAccount().equals(account.get()));
            }
        } finally {
            lock.unlock();
        }
    }

    /** Removes the matching events and their weight; the caller holds the lock. */
    private void removeIf(Predicate<RecordedEvent> filter) {
        for (Iterator<RecordedEvent> it = events.iterator(); it.hasNext(); ) {
            RecordedEvent event = it.next();
            if (filter.test(event)) {
                it.remove();
                storedBytes -= event.size();
            }
        }
    }

    @Override
    public String infoMember() {
        return "recordedEvents";
    }

    /**
     * How many events are kept and what their JSON weighs, how many were recorded and how many the bounds dropped,
     * since the last reset, and the bounds.
     */
    @Override
    public Counts info() {
        lock.lock();
        try {
            return new Counts(events.size(), storedBytes, recorded, dropped, maxStored, maxStoredBytes);
        } finally {
            lock.unlock();
        }
    }

    record Counts(int stored, long storedBytes, long recorded, long dropped, int maxStored, long maxStoredBytes) {
    }
}
