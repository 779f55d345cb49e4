package io.github.pinpointemailmock.eventdelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.eventdelivery.DeliveryResult.Status;
import io.github.pinpointemailmock.support.TestProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventDeliveryServiceTests {

    private static final EventDeliveryRequest SNS_EVENT = new EventDeliveryRequest("Bounce", "{}",
            new EventTarget(EventTarget.Kind.SNS, "arn:aws:sns:us-east-1:111122223333:t", null, List.of()));

    private EventDeliveryService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop();
        }
    }

    private EventDeliveryService service(int queueSize, int maxAttempts, SinkResolver sinks) {
        MockProperties.Events events = new MockProperties.Events(null,
                new MockProperties.Events.Endpoints(null, null, null, null), Map.of(), null, "test",
                new MockProperties.Events.Delivery(queueSize, maxAttempts, Duration.ofMillis(1), 2,
                        Duration.ofSeconds(1)));
        service = new EventDeliveryService(TestProperties.withEvents(events), sinks);
        return service;
    }

    /** A sink that fails {@code failures} times (retryably unless told) and then delivers. */
    private static final class CountingSink implements Sink {
        final AtomicInteger tries = new AtomicInteger();
        final int failures;
        final boolean retryable;

        CountingSink(int failures, boolean retryable) {
            this.failures = failures;
            this.retryable = retryable;
        }

        @Override
        public String description() {
            return "the test engine";
        }

        @Override
        public void deliver() throws DeliveryFailure {
            if (tries.incrementAndGet() <= failures) {
                throw new DeliveryFailure("answered HTTP 503 (try " + tries.get() + ")", retryable);
            }
        }
    }

    private static final class Results {
        final List<DeliveryResult> results = new CopyOnWriteArrayList<>();

        void accept(DeliveryResult result) {
            results.add(result);
        }

        DeliveryResult single() {
            await().atMost(Duration.ofSeconds(10)).until(() -> !results.isEmpty());
            assertThat(results).hasSize(1);
            return results.get(0);
        }
    }

    @Test
    void anEventWithNoEngineIsOnlyRecordedAndOnDoneIsNeverCalled() {
        EventDeliveryService service = service(10, 3, request -> List.of());
        Results results = new Results();

        assertThat(service.submit(SNS_EVENT, results::accept)).isEqualTo(DeliveryResult.RECORDED_ONLY);

        assertThat(results.results).isEmpty();
        assertThat(service.counts()).isEqualTo(new EventDeliveryService.Counts(0, 0, 0, 0, 0, 1));
    }

    @Test
    void anEventIsDeliveredOnceOnItsFirstTry() {
        CountingSink sink = new CountingSink(0, true);
        EventDeliveryService service = service(10, 3, request -> List.of(sink));
        Results results = new Results();

        assertThat(service.submit(SNS_EVENT, results::accept)).isEqualTo(DeliveryResult.PENDING);

        assertThat(results.single()).isEqualTo(new DeliveryResult(Status.DELIVERED, null, 1));
        assertThat(sink.tries).hasValue(1);
        assertThat(service.counts()).isEqualTo(new EventDeliveryService.Counts(1, 1, 0, 0, 0, 0));
    }

    @Test
    void aFailureThatMayPassIsRetriedUntilItDoes() {
        CountingSink sink = new CountingSink(2, true);
        EventDeliveryService service = service(10, 3, request -> List.of(sink));
        Results results = new Results();

        service.submit(SNS_EVENT, results::accept);

        assertThat(results.single()).isEqualTo(new DeliveryResult(Status.DELIVERED, null, 3));
        assertThat(sink.tries).hasValue(3);
    }

    @Test
    void anEventFailsAfterItsLastTryWithTheEngineAndItsLastAnswerAsReason() {
        CountingSink sink = new CountingSink(100, true);
        EventDeliveryService service = service(10, 3, request -> List.of(sink));
        Results results = new Results();

        service.submit(SNS_EVENT, results::accept);

        assertThat(results.single()).isEqualTo(new DeliveryResult(Status.FAILED,
                "the test engine: answered HTTP 503 (try 3)", 3));
        assertThat(sink.tries).hasValue(3);
        assertThat(service.counts()).isEqualTo(new EventDeliveryService.Counts(1, 0, 1, 0, 0, 0));
    }

    @Test
    void aRefusalThatWouldRepeatIsNotRetried() {
        CountingSink sink = new CountingSink(100, false);
        EventDeliveryService service = service(10, 3, request -> List.of(sink));
        Results results = new Results();

        service.submit(SNS_EVENT, results::accept);

        assertThat(results.single()).isEqualTo(new DeliveryResult(Status.FAILED,
                "the test engine: answered HTTP 503 (try 1)", 1));
        assertThat(sink.tries).hasValue(1);
    }

    @Test
    void aRetryGoesOnlyToTheEnginesThatDidNotTakeTheEvent() {
        CountingSink healthy = new CountingSink(0, true);
        CountingSink flaky = new CountingSink(1, true);
        EventDeliveryService service = service(10, 3, request -> List.of(healthy, flaky));
        Results results = new Results();

        service.submit(SNS_EVENT, results::accept);

        assertThat(results.single()).isEqualTo(new DeliveryResult(Status.DELIVERED, null, 2));
        assertThat(healthy.tries).hasValue(1);
        assertThat(flaky.tries).hasValue(2);
    }

    @Test
    void aFullQueueFailsAnEventAtOnceWithoutCallingOnDoneAndCountsItDropped() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Sink blocked = new Sink() {
            @Override
            public String description() {
                return "a blocked engine";
            }

            @Override
            public void deliver() {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        EventDeliveryService service = service(3, 1, request -> List.of(blocked));
        Map<Integer, List<DeliveryResult>> done = new ConcurrentHashMap<>();
        List<DeliveryResult> answers = new CopyOnWriteArrayList<>();

        for (int i = 0; i < 10; i++) {
            int event = i;
            answers.add(service.submit(SNS_EVENT, result -> done.computeIfAbsent(event,
                    key -> new CopyOnWriteArrayList<>()).add(result)));
        }

        assertThat(answers.subList(0, 3)).containsOnly(DeliveryResult.PENDING);
        assertThat(answers.subList(3, 10)).containsOnly(
                new DeliveryResult(Status.FAILED, "delivery queue full (3 events)", 0));
        assertThat(service.counts()).isEqualTo(new EventDeliveryService.Counts(10, 0, 0, 7, 3, 0));

        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> service.counts().queued() == 0);
        assertThat(done).containsOnlyKeys(0, 1, 2);
        done.values().forEach(results -> assertThat(results)
                .containsExactly(new DeliveryResult(Status.DELIVERED, null, 1)));
        assertThat(service.counts()).isEqualTo(new EventDeliveryService.Counts(10, 3, 0, 7, 0, 0));
        // Room again once the queue has drained.
        assertThat(service.submit(SNS_EVENT, result -> { })).isEqualTo(DeliveryResult.PENDING);
    }

    @Test
    void aTargetThatCannotBeResolvedFailsAtOnce() {
        EventDeliveryService service = service(10, 3, request -> {
            throw new IllegalArgumentException("not an ARN with a region: arn:aws:sns");
        });

        assertThat(service.submit(SNS_EVENT, result -> { })).isEqualTo(new DeliveryResult(Status.FAILED,
                "not deliverable: not an ARN with a region: arn:aws:sns", 0));
        assertThat(service.counts()).isEqualTo(new EventDeliveryService.Counts(1, 0, 1, 0, 0, 0));
    }

    @Test
    void anOnDoneThatThrowsDoesNotStopDelivery() {
        EventDeliveryService service = service(10, 1, request -> List.of(new CountingSink(0, true)));
        Results results = new Results();

        service.submit(SNS_EVENT, result -> {
            throw new IllegalStateException("the recorder broke");
        });
        service.submit(SNS_EVENT, results::accept);

        assertThat(results.single().status()).isEqualTo(Status.DELIVERED);
        await().atMost(Duration.ofSeconds(10)).until(() -> service.counts().delivered() == 2);
    }

    @Test
    void aFullResetClearsTheCountsButKeepsTheEventsOnTheirWay() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        EventDeliveryService service = service(10, 1, request -> List.of(new Sink() {
            @Override
            public String description() {
                return "engine";
            }

            @Override
            public void deliver() {
                if (calls.incrementAndGet() > 1) {
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }));
        service.submit(SNS_EVENT, result -> { });
        await().atMost(Duration.ofSeconds(10)).until(() -> service.counts().delivered() == 1);
        service.submit(SNS_EVENT, result -> { });

        service.reset(Optional.of("111122223333"));
        assertThat(service.counts().delivered()).isEqualTo(1);
        service.reset(Optional.empty());

        assertThat(service.counts()).isEqualTo(new EventDeliveryService.Counts(1, 0, 0, 0, 1, 0));
        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> service.counts().queued() == 0);
        assertThat(service.counts()).isEqualTo(new EventDeliveryService.Counts(1, 1, 0, 0, 0, 0));
    }

    @Test
    void stoppingFailsTheEventsStillWaitingEachThroughItsOnDone() {
        CountingSink neverHealthy = new CountingSink(1000, true);
        MockProperties.Events events = new MockProperties.Events(null,
                new MockProperties.Events.Endpoints(null, null, null, null), Map.of(), null, "test",
                new MockProperties.Events.Delivery(10, 5, Duration.ofSeconds(30), 1, Duration.ofSeconds(1)));
        service = new EventDeliveryService(TestProperties.withEvents(events), request -> List.of(neverHealthy));
        Results results = new Results();
        service.submit(SNS_EVENT, results::accept);
        await().atMost(Duration.ofSeconds(10)).until(() -> neverHealthy.tries.get() == 1);

        service.stop();

        DeliveryResult result = results.single();
        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.reason()).isEqualTo("the emulator stopped before delivering");
        assertThat(service.submit(SNS_EVENT, results::accept))
                .isEqualTo(new DeliveryResult(Status.FAILED, "the emulator is stopping", 0));
        assertThat(results.results).hasSize(1);
        assertThat(service.counts()).isEqualTo(new EventDeliveryService.Counts(2, 0, 2, 0, 0, 0));
    }

    @Test
    void anEngineThatIsDownIsCalledOncePerBackoffNotOncePerEventAndEveryEventStillFailsWithItsReason() {
        CountingSink down = new CountingSink(Integer.MAX_VALUE, true);
        MockProperties.Events events = new MockProperties.Events(null,
                new MockProperties.Events.Endpoints(null, null, null, null), Map.of(), null, "test",
                new MockProperties.Events.Delivery(1_000, 3, Duration.ofSeconds(1), 2, Duration.ofSeconds(1)));
        service = new EventDeliveryService(TestProperties.withEvents(events), request -> List.of(down));
        Results results = new Results();

        for (int i = 0; i < 200; i++) {
            assertThat(service.submit(SNS_EVENT, results::accept).status()).isEqualTo(Status.PENDING);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> results.results.size() == 200);
        assertThat(results.results).allSatisfy(result -> {
            assertThat(result.status()).isEqualTo(Status.FAILED);
            assertThat(result.attempts()).isEqualTo(3);
            assertThat(result.reason()).startsWith("the test engine: answered HTTP 503");
        });
        // 200 events x 3 attempts would be 600 calls; resting for a backoff after each failure leaves a handful.
        assertThat(down.tries.get()).isLessThan(20);
    }
}
