package io.github.pinpointemailmock.controlplane;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.store.Resettable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.springframework.stereotype.Component;

/**
 * The most recent AWS requests, in a ring of {@code mock.request-log.size} entries: the oldest make way.
 *
 * <p>Lock-free, because every request writes here: a synchronized ring was the first lock every request queued on
 * under load. Each entry takes the next sequence number and the slot it maps to; a slot keeps the entry of the
 * higher sequence when two writers race for it, and a reader takes from each slot only the entry of the sequence
 * it expects there, so it never reports an entry twice or out of order.
 */
@Component
public class RequestLog implements Resettable {

    private final int capacity;
    private final AtomicReferenceArray<Slot> slots;
    private final AtomicLong written = new AtomicLong();

    public RequestLog(MockProperties properties) {
        this.capacity = properties.requestLog().size();
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    public void add(RequestLogEntry entry) {
        long sequence = written.getAndIncrement();
        Slot slot = new Slot(sequence, entry);
        slots.getAndUpdate(index(sequence), current ->
                current != null && current.sequence() > sequence ? current : slot);
    }

    /** At most {@code limit} entries, newest first. */
    public List<RequestLogEntry> newest(int limit) {
        long end = written.get();
        List<RequestLogEntry> newest = new ArrayList<>(Math.min(limit, capacity));
        for (long sequence = end - 1; sequence >= Math.max(0, end - capacity) && newest.size() < limit; sequence--) {
            Slot slot = slots.get(index(sequence));
            if (slot != null && slot.sequence() == sequence) {
                newest.add(slot.entry());
            }
        }
        return newest;
    }

    @Override
    public void reset(Optional<String> account) {
        for (int i = 0; i < capacity; i++) {
            slots.getAndUpdate(i, slot -> slot != null
                    && account.map(slot.entry().account()::equals).orElse(true) ? null : slot);
        }
    }

    private int index(long sequence) {
        return (int) (sequence % capacity);
    }

    private record Slot(long sequence, RequestLogEntry entry) {
    }
}
