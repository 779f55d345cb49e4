package io.github.pinpointemailmock.ui;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.mailbox.CapturedEmail;
import io.github.pinpointemailmock.events.EventsRecordedListener;
import io.github.pinpointemailmock.mailbox.MailboxListener;
import io.github.pinpointemailmock.store.InfoContributor;
import io.github.pinpointemailmock.store.Resettable;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The web inbox's live updates: {@code GET /_mock/ui/stream}, server-sent events to every open page. A page is told
 * that something changed ({@code email}: a message was kept; {@code reset}: the emulator, or one account, was reset)
 * and fetches what it shows again; the events carry only what a page needs to decide whether to.
 *
 * <p>Bounded: at most {@link #MAX_SUBSCRIBERS} pages at once (one more is a {@code 503 ServiceUnavailable}), each
 * stream ends after {@link #TIMEOUT} (the browser reconnects by itself), and one daemon thread writes every event
 * and heartbeat, from a queue of at most {@link #MAX_PENDING} events; a full queue drops the event (counted), so a
 * stalled page never slows a send. The heartbeat is what finds a page that went away: a stream is only known to be
 * closed when a write to it fails. No thread is held per page: the streams are asynchronous requests.
 */
@Component
class InboxStream implements MailboxListener, EventsRecordedListener, Resettable, InfoContributor, SmartLifecycle {

    static final int MAX_SUBSCRIBERS = 32;
    static final Duration TIMEOUT = Duration.ofMinutes(10);
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final int MAX_PENDING = 256;
    /** How long a browser waits before it reconnects a stream that ended. */
    static final Duration RECONNECT = Duration.ofSeconds(2);

    private final List<SseEmitter> subscribers = new ArrayList<>();
    private final ScheduledThreadPoolExecutor writer;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile boolean running;

    InboxStream() {
        this.writer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "web-inbox-stream");
            thread.setDaemon(true);
            return thread;
        });
        writer.setRemoveOnCancelPolicy(true);
        writer.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A new page's stream, told at once that it is connected; refused when {@link #MAX_SUBSCRIBERS} are open. */
    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        synchronized (subscribers) {
            if (subscribers.size() >= MAX_SUBSCRIBERS) {
                refused.incrementAndGet();
                throw new AwsException(AwsErrorType.SERVICE_UNAVAILABLE, "The web inbox serves at most "
                        + MAX_SUBSCRIBERS + " live streams at once; close another page and reload.");
            }
            subscribers.add(emitter);
        }
        emitter.onCompletion(() -> remove(emitter));
        emitter.onTimeout(() -> remove(emitter));
        emitter.onError(error -> remove(emitter));
        try {
            // Sent before the handler returns, so it goes out with the response headers.
            emitter.send(SseEmitter.event().name("ready").reconnectTime(RECONNECT.toMillis())
                    .data(Map.of("maxSubscribers", MAX_SUBSCRIBERS), MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            remove(emitter);
        }
        return emitter;
    }

    int subscribers() {
        synchronized (subscribers) {
            return subscribers.size();
        }
    }

    @Override
    public void added(CapturedEmail email) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("messageId", email.messageId());
        data.put("account", email.account());
        data.put("region", email.region());
        data.put("from", email.from());
        data.put("subject", email.subject());
        data.put("timestamp", email.timestamp());
        publish("email", data);
    }

    @Override
    public void recorded(EventsRecorded recorded) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("messageId", recorded.messageId());
        data.put("account", recorded.account());
        data.put("region", recorded.region());
        data.put("eventTypes", recorded.eventTypes());
        publish("event", data);
    }

    @Override
    public void reset(Optional<String> account) {
        publish("reset", account.<Map<String, Object>>map(id -> Map.of("account", id)).orElse(Map.of()));
    }

    /**
     * Tells every open page of a change ({@code email}, {@code event}, {@code reset}), from the writer thread:
     * returns at once, whatever the pages do.
     */
    void publish(String name, Map<String, Object> data) {
        if (!running || subscribers() == 0) {
            return;
        }
        if (pending.incrementAndGet() > MAX_PENDING) {
            pending.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        try {
            writer.execute(() -> {
                pending.decrementAndGet();
                sendToAll(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
            });
        } catch (RejectedExecutionException shutDown) {
            pending.decrementAndGet();
            dropped.incrementAndGet();
        }
    }

    private void heartbeat() {
        sendToAll(SseEmitter.event().comment("heartbeat"));
    }

    private void sendToAll(SseEmitter.SseEventBuilder event) {
        for (SseEmitter emitter : snapshot()) {
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException gone) {
                // The page went away (or its stream already ended): its slot is free again. The request itself is
                // ended by the container, which saw the failed write too.
                remove(emitter);
            }
        }
    }

    private List<SseEmitter> snapshot() {
        synchronized (subscribers) {
            return List.copyOf(subscribers);
        }
    }

    private void remove(SseEmitter emitter) {
        synchronized (subscribers) {
            subscribers.remove(emitter);
        }
    }

    @Override
    public String infoMember() {
        return "webInbox";
    }

    @Override
    public Info info() {
        return new Info(subscribers(), MAX_SUBSCRIBERS, refused.get(), dropped.get());
    }

    /**
     * {@code GET /_mock/info}'s {@code webInbox}: the live streams open now and their bound, streams refused at the
     * bound, and events dropped because the writer's queue was full.
     */
    record Info(int streams, int maxStreams, long refused, long droppedEvents) {
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every stream before the web server shuts down: it waits for open requests, and a stream would otherwise
     * hold the shutdown until its timeout. The writer stays: a stopped context may be started again (the test
     * framework pauses the contexts it caches).
     */
    @Override
    public void stop() {
        running = false;
        for (SseEmitter emitter : snapshot()) {
            remove(emitter);
            emitter.complete();
        }
    }

    @PreDestroy
    void shutdown() {
        writer.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
