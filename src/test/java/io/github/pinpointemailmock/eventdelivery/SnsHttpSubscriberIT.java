package io.github.pinpointemailmock.eventdelivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.pinpointemailmock.eventdelivery.DeliveryResult.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code mock.events.sns-http-subscriptions}: the emulator POSTs each notification of a topic to its HTTP
 * subscribers as SNS does, here to a plain HTTP server the test runs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SnsHttpSubscriberIT {

    private static final String ACCOUNT = "111122223333";
    private static final String EVENTS = "arn:aws:sns:eu-west-1:" + ACCOUNT + ":ses-events";
    private static final String REFUSED = "arn:aws:sns:eu-west-1:" + ACCOUNT + ":refused";
    private static final String UNREACHABLE = "arn:aws:sns:eu-west-1:" + ACCOUNT + ":unreachable";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the subscriber received: the headers and body of each POST, by path. */
    record Received(String method, Headers headers, String body) {
    }

    static final Map<String, List<Received>> RECEIVED = new ConcurrentHashMap<>();
    static final AtomicInteger FLAKY_CALLS = new AtomicInteger();
    static final HttpServer SUBSCRIBER = start();

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/ok", exchange -> answer(exchange, 200));
            // Fails the first POST, as a subscriber that is restarting would: SNS retries a 5xx.
            server.createContext("/flaky", exchange -> answer(exchange,
                    FLAKY_CALLS.incrementAndGet() == 1 ? 503 : 204));
            server.createContext("/forbidden", exchange -> answer(exchange, 403));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RECEIVED.computeIfAbsent(exchange.getRequestURI().getPath(), path -> new CopyOnWriteArrayList<>())
                .add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders(), body));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @AfterAll
    static void stop() {
        SUBSCRIBER.stop(0);
    }

    @DynamicPropertySource
    static void subscriptions(DynamicPropertyRegistry registry) {
        String base = "http://127.0.0.1:" + SUBSCRIBER.getAddress().getPort();
        registry.add("mock.events.sns-http-subscriptions[" + EVENTS + "]", () -> base + "/ok," + base + "/flaky");
        registry.add("mock.events.sns-http-subscriptions[" + REFUSED + "]", () -> base + "/forbidden");
        registry.add("mock.events.sns-http-subscriptions[" + UNREACHABLE + "]",
                () -> "http://127.0.0.1:" + closedPort() + "/sns");
        registry.add("mock.events.delivery.backoff", () -> "10ms");
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

    private DeliveryResult deliver(String topicArn, String event) throws Exception {
        CompletableFuture<DeliveryResult> done = new CompletableFuture<>();
        assertThat(delivery.submit(new EventDeliveryRequest("Bounce", event,
                new EventTarget(EventTarget.Kind.SNS, topicArn, null, List.of())), done::complete))
                .isEqualTo(DeliveryResult.PENDING);
        return done.get(30, TimeUnit.SECONDS);
    }

    @Test
    void everySubscriberOfTheTopicGetsTheNotificationAsSnsPostsItAndARetryResendsTheSameMessage()
            throws Exception {
        String event = SampleEvents.bounce("m-http-1", ACCOUNT, "my-set").replace("Hello", "Grüße ✓");

        DeliveryResult result = deliver(EVENTS, event);

        // The flaky subscriber answered 503 once: delivered on the second try, which only it was sent.
        assertThat(result).isEqualTo(new DeliveryResult(Status.DELIVERED, null, 2));
        assertThat(RECEIVED.get("/ok")).hasSize(1);
        assertThat(RECEIVED.get("/flaky")).hasSize(2);
        Received received = RECEIVED.get("/ok").get(0);
        assertThat(received.method()).isEqualTo("POST");
        Headers headers = received.headers();
        assertThat(headers.getFirst("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(headers.getFirst("User-Agent")).isEqualTo("Amazon Simple Notification Service Agent");
        assertThat(headers.getFirst("x-amz-sns-message-type")).isEqualTo("Notification");
        assertThat(headers.getFirst("x-amz-sns-topic-arn")).isEqualTo(EVENTS);
        assertThat(headers.getFirst("x-amz-sns-subscription-arn")).startsWith(EVENTS + ":");
        JsonNode envelope = JSON.readTree(received.body());
        assertThat(envelope.get("Type").asString()).isEqualTo("Notification");
        assertThat(envelope.get("MessageId").asString()).isEqualTo(headers.getFirst("x-amz-sns-message-id"));
        assertThat(envelope.get("TopicArn").asString()).isEqualTo(EVENTS);
        assertThat(envelope.get("Message").asString()).isEqualTo(event);
        assertThat(envelope.get("SignatureVersion").asString()).isEqualTo("1");
        assertThat(envelope.get("Signature").asString()).isNotBlank();
        assertThat(envelope.get("UnsubscribeURL").asString())
                .endsWith("SubscriptionArn=" + headers.getFirst("x-amz-sns-subscription-arn"));

        List<Received> flaky = RECEIVED.get("/flaky");
        assertThat(flaky.get(1).body()).isEqualTo(flaky.get(0).body());
        assertThat(flaky.get(1).headers().getFirst("x-amz-sns-message-id"))
                .isEqualTo(flaky.get(0).headers().getFirst("x-amz-sns-message-id"));
        // Each subscription has its own notification.
        assertThat(flaky.get(0).headers().getFirst("x-amz-sns-message-id"))
                .isNotEqualTo(headers.getFirst("x-amz-sns-message-id"));
    }

    @Test
    void aSubscriberThatRefusesWithA4xxIsNotRetried() throws Exception {
        DeliveryResult result = deliver(REFUSED, SampleEvents.bounce("m-http-2", ACCOUNT, "my-set"));

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.reason()).isEqualTo("SNS notification of " + REFUSED
                + " to the HTTP subscriber http://127.0.0.1:" + SUBSCRIBER.getAddress().getPort()
                + "/forbidden: answered HTTP 403");
        assertThat(RECEIVED.get("/forbidden")).hasSize(1);
    }

    @Test
    void aSubscriberNobodyListensOnFailsAfterEveryTry() throws Exception {
        DeliveryResult result = deliver(UNREACHABLE, SampleEvents.bounce("m-http-3", ACCOUNT, "my-set"));

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.reason()).startsWith("SNS notification of " + UNREACHABLE + " to the HTTP subscriber ")
                .contains("could not be reached");
    }

    @Test
    void aTopicWithoutSubscribersAndNoEndpointIsOnlyRecorded() {
        DeliveryResult answer = delivery.submit(new EventDeliveryRequest("Bounce", "{}",
                new EventTarget(EventTarget.Kind.SNS, "arn:aws:sns:eu-west-1:" + ACCOUNT + ":nobody", null,
                        List.of())), result -> { throw new AssertionError("never called"); });

        assertThat(answer).isEqualTo(DeliveryResult.RECORDED_ONLY);
    }
}
