package io.github.pinpointemailmock.mailbox;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.store.InfoContributor;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * Captured mail as the control plane reads it: lists, long polls, deletes, attachments. The long polls hold no
 * thread while they wait: each is a {@link MailboxStore.Watch} that a send completes (or a timer, at the timeout),
 * and the answer is read on this service's one thread. At most {@link #MAX_WAITERS} wait at once, so a test suite
 * that forgets its polls cannot take the server's threads or slow its sends; one more is a
 * {@code 503 ServiceUnavailable}.
 */
@Service
class MailboxService implements InfoContributor {

    /** A long poll waits at most this long, whatever it asks for, so a forgotten test cannot hold a waiter. */
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    /** Long polls waiting at once, as many as any test suite runs in parallel, with room to spare. */
    static final int MAX_WAITERS = 64;

    private final MailboxStore store;
    private final Semaphore waiters = new Semaphore(MAX_WAITERS);
    private final AtomicLong refused = new AtomicLong();
    private final ScheduledThreadPoolExecutor timer;

    MailboxService(MailboxStore store) {
        this.store = store;
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "mailbox-long-poll");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** The matching messages, newest first. */
    List<CapturedEmail> newestFirst(Predicate<CapturedEmail> filter) {
        return store.newestFirst(filter);
    }

    /** The matching messages, oldest first, as LocalStack lists them. */
    List<CapturedEmail> oldestFirst(Predicate<CapturedEmail> filter) {
        List<CapturedEmail> found = new ArrayList<>(store.newestFirst(filter));
        Collections.reverse(found);
        return found;
    }

    /**
     * The matching messages, newest first, once at least {@code count} match or {@code wait} has passed, whichever
     * comes first; refused with {@code ServiceUnavailable} when {@link #MAX_WAITERS} polls already wait. Cancelling
     * the answer (the client went away) frees its place.
     */
    CompletableFuture<List<CapturedEmail>> await(Predicate<CapturedEmail> filter, int count, Duration wait) {
        if (!waiters.tryAcquire()) {
            refused.incrementAndGet();
            throw tooManyWaiters();
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        MailboxStore.Watch watch;
        ScheduledFuture<?> timeout;
        try {
            watch = store.watch(filter, count, () -> ready.complete(null));
            timeout = timer.schedule(() -> ready.complete(null), wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RuntimeException e) {
            waiters.release();
            throw e;
        }
        // Read on the poll thread, not on the send that completed the count: a send never scans the mailbox.
        CompletableFuture<List<CapturedEmail>> answer = ready.thenApplyAsync(ignored -> store.newestFirst(filter),
                timer);
        answer.whenComplete((found, error) -> {
            timeout.cancel(false);
            store.unwatch(watch);
            waiters.release();
        });
        return answer;
    }

    /** Forgets the matching messages; returns how many. */
    int delete(Predicate<CapturedEmail> filter) {
        return store.delete(filter);
    }

    Optional<CapturedEmail> latest() {
        List<CapturedEmail> all = store.newestFirst(email -> true);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    Optional<CapturedEmail> find(String messageId) {
        return store.find(messageId);
    }

    /** The attachments of a message, in the order its {@code attachments} lists them. */
    List<MimeParts.Content> attachments(CapturedEmail email) throws MessagingException, IOException {
        return MimeParts.read(MimeParts.parse(email.raw())).attachments();
    }

    @Override
    public String infoMember() {
        return "emailLongPolls";
    }

    @Override
    public Info info() {
        return new Info(MAX_WAITERS - waiters.availablePermits(), MAX_WAITERS, refused.get());
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /** A query or path parameter of the captured-mail API that cannot be read, and what would be read. */
    static AwsException invalidValue(String name, String value, String expected) {
        return new AwsException(AwsErrorType.BAD_REQUEST, "Invalid value " + value + " for " + name
                + (expected == null ? "." : "; " + expected + "."));
    }

    private static AwsException tooManyWaiters() {
        return new AwsException(AwsErrorType.SERVICE_UNAVAILABLE, "At most " + MAX_WAITERS
                + " long polls of /_mock/emails wait at once; wait for one to answer, or poll without wait.");
    }

    /**
     * {@code GET /_mock/info}'s {@code emailLongPolls}: the long polls waiting now, their bound, and those refused
     * at the bound.
     */
    record Info(int waiting, int maxWaiting, long refused) {
    }
}
