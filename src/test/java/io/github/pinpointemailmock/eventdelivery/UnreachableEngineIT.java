package io.github.pinpointemailmock.eventdelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.pinpointemailmock.eventdelivery.DeliveryResult.Status;
import io.github.pinpointemailmock.support.MockControlPlane;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An endpoint nobody listens on, under load: every submit answers at once, the queue never holds more than its
 * bound, every event that was queued fails after its tries through exactly one {@code onDone}, and the counts add up.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UnreachableEngineIT {

    private static final Logger log = LoggerFactory.getLogger(UnreachableEngineIT.class);
    private static final int QUEUE_SIZE = 100;
    private static final int EVENTS = 10_000;

    @DynamicPropertySource
    static void deadEndpoint(DynamicPropertyRegistry registry) {
        registry.add("mock.events.endpoint", () -> "http://127.0.0.1:" + closedPort());
        registry.add("mock.events.delivery.queue-size", () -> QUEUE_SIZE);
        registry.add("mock.events.delivery.backoff", () -> "5ms");
        registry.add("mock.events.delivery.timeout", () -> "2s");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    EventDeliveryService delivery;

    @LocalServerPort
    int port;

    @Test
    void tenThousandEventsToADeadEndpointAreAnsweredAtOnceBoundedAndEachFailedExactlyOnce() throws Exception {
        Map<Integer, List<DeliveryResult>> done = new ConcurrentHashMap<>();
        Map<Integer, DeliveryResult> answers = new ConcurrentHashMap<>();
        int mostQueued = 0;
        long started = System.nanoTime();

        for (int i = 0; i < EVENTS; i++) {
            int event = i;
            EventTarget target = new EventTarget(i % 2 == 0 ? EventTarget.Kind.SNS : EventTarget.Kind.FIREHOSE,
                    i % 2 == 0 ? "arn:aws:sns:us-east-1:111122223333:bounces"
                            : "arn:aws:firehose:us-east-1:111122223333:deliverystream/events", null, List.of());
            answers.put(event, delivery.submit(new EventDeliveryRequest("Bounce", "{\"n\":" + i + "}", target),
                    result -> done.computeIfAbsent(event, key -> new CopyOnWriteArrayList<>()).add(result)));
            mostQueued = Math.max(mostQueued, delivery.counts().queued());
        }
        log.info("{} submits to a dead endpoint took {} ms", EVENTS, (System.nanoTime() - started) / 1_000_000);

        assertThat(mostQueued).isLessThanOrEqualTo(QUEUE_SIZE);
        long pending = answers.values().stream().filter(DeliveryResult.PENDING::equals).count();
        long full = answers.values().stream().filter(new DeliveryResult(Status.FAILED,
                "delivery queue full (" + QUEUE_SIZE + " events)", 0)::equals).count();
        assertThat(pending + full).isEqualTo(EVENTS);
        assertThat(pending).isGreaterThanOrEqualTo(QUEUE_SIZE);
        assertThat(full).isPositive();

        await().atMost(Duration.ofMinutes(2)).until(() -> delivery.counts().queued() == 0);
        // onDone exactly once for each event answered PENDING, never for one answered at once.
        assertThat(done.keySet()).containsExactlyInAnyOrderElementsOf(answers.entrySet().stream()
                .filter(answer -> answer.getValue().equals(DeliveryResult.PENDING)).map(Map.Entry::getKey)
                .toList());
        done.forEach((event, results) -> {
            assertThat(results).hasSize(1);
            DeliveryResult result = results.get(0);
            assertThat(result.status()).isEqualTo(Status.FAILED);
            assertThat(result.attempts()).isEqualTo(3);
            assertThat(result.reason()).contains(" at http://127.0.0.1:").contains("could not be reached");
        });
        assertThat(delivery.counts()).isEqualTo(new EventDeliveryService.Counts(EVENTS, 0, pending, full, 0, 0));

        MockControlPlane controlPlane = new MockControlPlane(port);
        JsonNode counts = JsonMapper.builder().build()
                .readTree(controlPlane.send("GET", "/_mock/info", null, null).body()).get("eventDelivery");
        assertThat(counts.get("submitted").asLong()).isEqualTo(EVENTS);
        assertThat(counts.get("failed").asLong()).isEqualTo(pending);
        assertThat(counts.get("dropped").asLong()).isEqualTo(full);
        assertThat(counts.get("queued").asInt()).isZero();

        assertThat(controlPlane.send("POST", "/_mock/reset", null, null).statusCode()).isEqualTo(204);
        assertThat(delivery.counts()).isEqualTo(new EventDeliveryService.Counts(0, 0, 0, 0, 0, 0));
    }
}
