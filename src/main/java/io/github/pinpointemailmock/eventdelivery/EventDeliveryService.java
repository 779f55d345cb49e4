package io.github.pinpointemailmock.eventdelivery;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.store.InfoContributor;
import io.github.pinpointemailmock.store.Resettable;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Hands SES events to the engines the user runs (SNS, EventBridge, Firehose, CloudWatch on a local LocalStack, Floci
 * or moto, or an HTTP subscriber), asynchronously, so a send is never failed or slowed by a destination.
 *
 * <p>A few threads ({@code mock.events.delivery.threads}) deliver; an event waits, and waits between tries, in a
 * bounded queue ({@code mock.events.delivery.queue-size}): a full queue fails an event at once rather than holding
 * the sender. An event is tried {@code max-attempts} times, with a backoff doubled before each retry, while what
 * failed may pass next time (the engine unreachable, throttling, a 5xx); a refusal that would be refused again (no
 * such topic) fails it at once. An event with several engines (an SNS topic on the endpoint and an HTTP subscriber)
 * is delivered when all have it; a retry goes only to those that have not. An engine whose try failed in a way that
 * may pass later is left alone for one backoff: the tries meant for it meanwhile fail at once with that reason and
 * are retried as usual, so an engine that is down costs one call per backoff, not one per event, and the delivery
 * threads do not take the CPU the sends need.
 */
@Service
public class EventDeliveryService implements Resettable, InfoContributor {

    private static final Logger log = LoggerFactory.getLogger(EventDeliveryService.class);
    private static final Duration WARNING_INTERVAL = Duration.ofSeconds(10);
    private static final int MAX_RESTING = 1_000;

    private final SinkResolver sinks;
    private final MockProperties.Events.Delivery settings;
    private final ScheduledThreadPoolExecutor executor;
    private final Set<Delivery> pending = ConcurrentHashMap.newKeySet();
    /** Engines (by their sink's description) whose last try failed retryably: until when, and why. */
    private final Map<String, Resting> resting = new ConcurrentHashMap<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong recordedOnly = new AtomicLong();
    private final AtomicLong lastWarning = new AtomicLong();
    private final AtomicLong failuresSinceWarning = new AtomicLong();

    EventDeliveryService(MockProperties properties, SinkResolver sinks) {
        this.sinks = sinks;
        this.settings = properties.events().delivery();
        AtomicInteger threadNumber = new AtomicInteger();
        // Threads start with the first event; none run while nothing is configured.
        this.executor = new ScheduledThreadPoolExecutor(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "event-delivery-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Takes one event for delivery. Never blocks and never throws. Answers a final result at once, and then never
     * calls {@code onDone}: {@link DeliveryResult#RECORDED_ONLY} when nothing is configured for the target's
     * service; {@code FAILED} ("delivery queue full") when the queue is full. Otherwise answers
     * {@link DeliveryResult#PENDING}, and calls {@code onDone} exactly once, on a delivery thread, with
     * {@code DELIVERED} or {@code FAILED} (its reason naming the engine and what it answered) — possibly before this
     * method has returned, so a caller records the event as pending before submitting it.
     */
    public DeliveryResult submit(EventDeliveryRequest request, Consumer<DeliveryResult> onDone) {
        Objects.requireNonNull(request, "request");
        List<Sink> targets;
        try {
            targets = sinks.sinksFor(request);
        } catch (RuntimeException e) {
            submitted.incrementAndGet();
            failed.incrementAndGet();
            return new DeliveryResult(DeliveryResult.Status.FAILED, "not deliverable: " + e.getMessage(), 0);
        }
        if (targets.isEmpty()) {
            recordedOnly.incrementAndGet();
            return DeliveryResult.RECORDED_ONLY;
        }
        submitted.incrementAndGet();
        if (queued.incrementAndGet() > settings.queueSize()) {
            queued.decrementAndGet();
            dropped.incrementAndGet();
            return new DeliveryResult(DeliveryResult.Status.FAILED,
                    "delivery queue full (" + settings.queueSize() + " events)", 0);
        }
        Delivery delivery = new Delivery(targets, onDone == null ? result -> { } : onDone);
        pending.add(delivery);
        try {
            executor.execute(delivery);
        } catch (RejectedExecutionException e) {
            // Stopping: the event is answered here, so onDone is not called.
            if (delivery.claim()) {
                failed.incrementAndGet();
            }
            return new DeliveryResult(DeliveryResult.Status.FAILED, "the emulator is stopping", 0);
        }
        return DeliveryResult.PENDING;
    }

    private void rest(String engine, String reason) {
        long now = System.nanoTime();
        if (resting.size() >= MAX_RESTING) {
            // Engines of deleted destinations are not remembered for long: expired rests go first.
            resting.values().removeIf(rest -> now - rest.untilNanos() >= 0);
        }
        if (resting.size() < MAX_RESTING) {
            resting.put(engine, new Resting(now + settings.backoff().toNanos(), reason));
        }
    }

    private record Resting(long untilNanos, String reason) {
    }

    /** One event on its way to its engines. Runs on one delivery thread at a time. */
    private final class Delivery implements Runnable {

        private final List<Sink> remaining;
        private final Consumer<DeliveryResult> onDone;
        private final Map<Sink, String> lastFailure = new LinkedHashMap<>();
        private final List<String> permanentFailures = new ArrayList<>();
        private final AtomicBoolean done = new AtomicBoolean();
        private int attempts;

        Delivery(List<Sink> sinks, Consumer<DeliveryResult> onDone) {
            this.remaining = new ArrayList<>(sinks);
            this.onDone = onDone;
        }

        @Override
        public void run() {
            if (done.get()) {
                return;
            }
            attempts++;
            for (Sink sink : List.copyOf(remaining)) {
                String engine = sink.description();
                Resting rest = resting.get(engine);
                if (rest != null && System.nanoTime() - rest.untilNanos() < 0) {
                    lastFailure.put(sink, rest.reason());
                    continue;
                }
                try {
                    sink.deliver();
                    remaining.remove(sink);
                    lastFailure.remove(sink);
                    resting.remove(engine);
                } catch (DeliveryFailure failure) {
                    String reason = engine + ": " + failure.getMessage();
                    if (failure.retryable()) {
                        lastFailure.put(sink, reason);
                        rest(engine, reason);
                    } else {
                        remaining.remove(sink);
                        lastFailure.remove(sink);
                        permanentFailures.add(reason);
                    }
                } catch (RuntimeException unexpected) {
                    lastFailure.put(sink, sink.description() + ": " + unexpected);
                }
            }
            if (remaining.isEmpty() && permanentFailures.isEmpty()) {
                finish(new DeliveryResult(DeliveryResult.Status.DELIVERED, null, attempts));
            } else if (remaining.isEmpty() || attempts >= settings.maxAttempts()) {
                List<String> reasons = new ArrayList<>(permanentFailures);
                reasons.addAll(lastFailure.values());
                finish(new DeliveryResult(DeliveryResult.Status.FAILED, String.join("; ", reasons), attempts));
            } else {
                Duration backoff = settings.backoff().multipliedBy(1L << (attempts - 1));
                try {
                    executor.schedule(this, backoff.toNanos(), TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException e) {
                    finish(new DeliveryResult(DeliveryResult.Status.FAILED,
                            "the emulator stopped before delivering: " + String.join("; ", lastFailure.values()),
                            attempts));
                }
            }
        }

        /** Takes the event off the queue; true for the one caller that may answer it. */
        boolean claim() {
            if (!done.compareAndSet(false, true)) {
                return false;
            }
            pending.remove(this);
            queued.decrementAndGet();
            return true;
        }

        void finish(DeliveryResult result) {
            if (!claim()) {
                return;
            }
            (result.status() == DeliveryResult.Status.DELIVERED ? delivered : failed).incrementAndGet();
            if (result.status() == DeliveryResult.Status.FAILED) {
                logFailure(result);
            }
            try {
                onDone.accept(result);
            } catch (RuntimeException e) {
                log.warn("Recording an event's delivery result failed", e);
            }
        }
    }

    /**
     * A dead endpoint fails every event: one warning per {@link #WARNING_INTERVAL} says so (with how many failed
     * meanwhile), the rest go to debug, so the log stays readable under load. Every reason is kept on its event.
     */
    private void logFailure(DeliveryResult result) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        long silenced = failuresSinceWarning.incrementAndGet() - 1;
        if ((last == 0 || now - last >= WARNING_INTERVAL.toNanos()) && lastWarning.compareAndSet(last, now)) {
            failuresSinceWarning.set(0);
            log.warn("Event delivery failed after {} attempt(s): {}{}", result.attempts(), result.reason(),
                    silenced > 0 ? " (and " + silenced + " more failures since the last warning)" : "");
        } else {
            log.debug("Event delivery failed after {} attempt(s): {}", result.attempts(), result.reason());
        }
    }

    @Override
    public String infoMember() {
        return "eventDelivery";
    }

    @Override
    public Counts info() {
        return counts();
    }

    public Counts counts() {
        return new Counts(submitted.get(), delivered.get(), failed.get(), dropped.get(), queued.get(),
                recordedOnly.get());
    }

    /**
     * Counts are the service's, not an account's: only a full reset clears them. Events on their way stay on it
     * (their engines are the user's) and stay counted as submitted, so the counts still add up.
     */
    @Override
    public void reset(Optional<String> account) {
        if (account.isEmpty()) {
            delivered.set(0);
            failed.set(0);
            dropped.set(0);
            recordedOnly.set(0);
            submitted.set(queued.get());
            resting.clear();
        }
    }

    /** Nothing is delivered after this: events still waiting fail, each answered through its {@code onDone}. */
    @PreDestroy
    void stop() {
        executor.shutdownNow();
        for (Delivery delivery : List.copyOf(pending)) {
            delivery.finish(new DeliveryResult(DeliveryResult.Status.FAILED,
                    "the emulator stopped before delivering", delivery.attempts));
        }
    }

    /**
     * What delivery has done since the start or the last full reset; {@code submitted} is
     * {@code delivered + failed + dropped + queued}.
     *
     * @param submitted    events handed in with an engine to go to
     * @param delivered    events every engine took
     * @param failed       events that failed after their tries, or that an engine refused
     * @param dropped      events failed at once because the queue was full
     * @param queued       events waiting for a try now
     * @param recordedOnly events with no engine configured for their destination, only recorded
     */
    public record Counts(long submitted, long delivered, long failed, long dropped, int queued,
                         long recordedOnly) {
    }
}
