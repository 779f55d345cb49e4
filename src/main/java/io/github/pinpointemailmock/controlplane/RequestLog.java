package io.github.pinpointemailmock.controlplane;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.store.Resettable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The most recent AWS requests, in a ring of {@code mock.request-log.size} entries: the oldest make way. */
@Component
public class RequestLog implements Resettable {

    private final int capacity;
    private final Deque<RequestLogEntry> entries;

    public RequestLog(MockProperties properties) {
        this.capacity = properties.requestLog().size();
        this.entries = new ArrayDeque<>(capacity);
    }

    public synchronized void add(RequestLogEntry entry) {
        if (entries.size() == capacity) {
            entries.removeLast();
        }
        entries.addFirst(entry);
    }

    /** At most {@code limit} entries, newest first. */
    public synchronized List<RequestLogEntry> newest(int limit) {
        return entries.stream().limit(limit).toList();
    }

    @Override
    public synchronized void reset(Optional<String> account) {
        entries.removeIf(entry -> account.map(entry.account()::equals).orElse(true));
    }
}
