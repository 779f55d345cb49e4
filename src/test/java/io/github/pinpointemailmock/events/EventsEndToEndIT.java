package io.github.pinpointemailmock.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.MotoQueue;
import io.github.pinpointemailmock.support.MotoServer;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.TestAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.EventType;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9 end to end, as a test author runs it: the real SES and Pinpoint Email SDK clients create an identity, a
 * configuration set and an event destination pointing at a real moto (SNS topic subscribed by an SQS queue, or the
 * default EventBridge bus with a rule to a queue), send to the mailbox simulator, and read SES's event back from the
 * queue; an HTTP subscriber started here gets SNS's notification; a dead engine fails the events, not the send.
 *
 * <p>The senders are accounts other than moto's {@link MotoServer#ACCOUNT}, which owns every topic and bus: SES
 * publishes to a topic of another account when the topic's policy allows it, and so does the emulator.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EventsEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BUS = "arn:aws:events:" + MotoServer.REGION + ":" + MotoServer.ACCOUNT
            + ":event-bus/default";
    /** A topic with an HTTP subscriber of the test's; it exists in moto too, which also gets the Publish. */
    private static final String HTTP_TOPIC_NAME = "e2e-http-subscribed";
    private static final String HTTP_TOPIC = "arn:aws:sns:" + MotoServer.REGION + ":" + MotoServer.ACCOUNT + ":"
            + HTTP_TOPIC_NAME;
    private static final String DEAD_STREAM = "arn:aws:firehose:" + MotoServer.REGION + ":" + MotoServer.ACCOUNT
            + ":deliverystream/nobody-listens";
    private static final EventType[] SENDING = {EventType.SEND, EventType.BOUNCE, EventType.DELIVERY,
        EventType.COMPLAINT};

    static final BlockingQueue<Notification> NOTIFIED = new LinkedBlockingQueue<>();
    static final HttpServer SUBSCRIBER = subscriber();

    /** One POST the HTTP subscriber received. */
    record Notification(Map<String, String> headers, String body) {
    }

    private static HttpServer subscriber() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/sns", exchange -> {
                Map<String, String> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(),
                        values.get(0)));
                NOTIFIED.add(new Notification(headers,
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        registry.add("mock.events.endpoint", () -> MotoServer.endpoint().toString());
        // Firehose alone goes to a port nobody listens on: the engine is down.
        registry.add("mock.events.endpoints.firehose", () -> "http://127.0.0.1:" + closedPort());
        registry.add("mock.events.sns-http-subscriptions[" + HTTP_TOPIC + "]",
                () -> "http://127.0.0.1:" + SUBSCRIBER.getAddress().getPort() + "/sns");
        registry.add("mock.events.delivery.backoff", () -> "10ms");
        registry.add("mock.events.delivery.timeout", () -> "2s");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SnsClient sns;
    static SqsClient sqs;
    static EventBridgeClient eventBridge;

    @BeforeAll
    static void engineClients() {
        sns = MotoServer.client(SnsClient.builder());
        sqs = MotoServer.client(SqsClient.builder());
        eventBridge = MotoServer.client(EventBridgeClient.builder());
        sns.createTopic(create -> create.name(HTTP_TOPIC_NAME));
    }

    @AfterAll
    static void stop() {
        SUBSCRIBER.stop(0);
        sns.close();
        sqs.close();
        eventBridge.close();
    }

    @LocalServerPort
    int port;

    private String account;
    private SesV2Client v2;
    private MockControlPlane control;

    @BeforeEach
    void sender() {
        account = TestAccounts.random();
        v2 = SesV2Clients.forPort(port, account, MotoServer.REGION);
        control = new MockControlPlane(port);
        v2.createEmailIdentity(request -> request.emailIdentity("example.com"));
        v2.createConfigurationSet(request -> request.configurationSetName("e2e"));
    }

    @AfterEach
    void close() {
        v2.close();
    }

    private static MotoQueue queue() {
        return MotoQueue.create(sqs, "e2e");
    }

    /** A new topic in moto whose notifications go to a new queue. */
    private static MotoQueue subscribedQueue(String topicArn) {
        MotoQueue queue = queue();
        sns.subscribe(subscribe -> subscribe.topicArn(topicArn).protocol("sqs").endpoint(queue.arn()));
        return queue;
    }

    /** The bodies of the queue's messages until {@code count} have come, or 20 s have passed. */
    private static List<String> receive(MotoQueue queue, int count) {
        List<String> bodies = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (bodies.size() < count && System.nanoTime() < deadline) {
            for (Message message : sqs.receiveMessage(receive -> receive.queueUrl(queue.url()).waitTimeSeconds(1)
                    .maxNumberOfMessages(10)).messages()) {
                bodies.add(message.body());
                sqs.deleteMessage(delete -> delete.queueUrl(queue.url()).receiptHandle(message.receiptHandle()));
            }
        }
        return bodies;
    }

    /** The SES events in the SNS notifications a queue received, by eventType. */
    private static Map<String, JsonNode> snsEvents(MotoQueue queue, int count, String topicArn) {
        Map<String, JsonNode> events = new HashMap<>();
        for (String body : receive(queue, count)) {
            JsonNode envelope = JSON.readTree(body);
            assertThat(envelope.get("Type").asString()).isEqualTo("Notification");
            assertThat(envelope.get("TopicArn").asString()).isEqualTo(topicArn);
            JsonNode event = JSON.readTree(envelope.get("Message").asString());
            events.put(event.get("eventType").asString(), event);
        }
        assertThat(events).hasSize(count);
        return events;
    }

    private void snsDestination(String name, String topicArn) {
        v2.createConfigurationSetEventDestination(request -> request.configurationSetName("e2e")
                .eventDestinationName(name).eventDestination(d -> d.enabled(true).matchingEventTypes(SENDING)
                        .snsDestination(s -> s.topicArn(topicArn))));
    }

    private String send(String to) {
        return v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses(to)).configurationSetName("e2e")
                .content(c -> c.simple(m -> m.subject(s -> s.data("Hello")).body(b -> b.text(t -> t.data("hi"))))))
                .messageId();
    }

    /** The recorded events of a message, once none is pending any more. */
    private JsonNode settled(String messageId, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<String> response = control.send("GET", "/_mock/events?account=" + account
                    + "&messageId=" + messageId, null, null);
            assertThat(response.statusCode()).isEqualTo(200);
            return JSON.readTree(response.body()).get("events");
        }, events -> events.size() == count && events.valueStream()
                .noneMatch(event -> event.get("delivery").get("status").asString().equals("PENDING")));
    }

    private static List<String> statuses(JsonNode events) {
        return events.valueStream().map(event -> event.get("eventType").asString() + " "
                + event.get("delivery").get("status").asString()).toList();
    }

    private void assertBounceOf(JsonNode bounce, String messageId) {
        assertThat(bounce.get("eventType").asString()).isEqualTo("Bounce");
        assertThat(bounce.get("bounce").get("bounceType").asString()).isEqualTo("Permanent");
        assertThat(bounce.get("bounce").get("bouncedRecipients").get(0).get("emailAddress").asString())
                .isEqualTo("bounce@simulator.amazonses.com");
        assertThat(bounce.get("mail").get("messageId").asString()).isEqualTo(messageId);
        assertThat(bounce.get("mail").get("sendingAccountId").asString()).isEqualTo(account);
        assertThat(bounce.get("mail").get("tags").get("ses:configuration-set").get(0).asString()).isEqualTo("e2e");
    }

    @Test
    void aBounceSentThroughSesV2ReachesTheQueueSubscribedToTheDestinationsTopicOfAnotherAccount() {
        String topicArn = sns.createTopic(create -> create.name(MotoQueue.unique("ses-bounces"))).topicArn();
        assertThat(topicArn).contains(":" + MotoServer.ACCOUNT + ":").doesNotContain(":" + account + ":");
        MotoQueue queue = subscribedQueue(topicArn);
        snsDestination("to-sns", topicArn);

        String messageId = send("bounce@simulator.amazonses.com");

        Map<String, JsonNode> events = snsEvents(queue, 2, topicArn);
        assertBounceOf(events.get("Bounce"), messageId);
        JsonNode sent = events.get("Send");
        assertThat(sent.get("mail").get("messageId").asString()).isEqualTo(messageId);
        assertThat(sent.get("mail").get("tags").get("ses:configuration-set").get(0).asString()).isEqualTo("e2e");
        assertThat(sent.get("send").isEmpty()).isTrue();
        assertThat(statuses(settled(messageId, 2))).containsExactlyInAnyOrder("Bounce DELIVERED", "Send DELIVERED");
    }

    @Test
    void aBounceSentThroughPinpointEmailReachesTheSameKindOfQueue() {
        String topicArn = sns.createTopic(create -> create.name(MotoQueue.unique("pinpoint-bounces"))).topicArn();
        MotoQueue queue = subscribedQueue(topicArn);
        try (PinpointEmailClient v1 = PinpointEmailClients.forPort(port, account, MotoServer.REGION)) {
            v1.createConfigurationSet(request -> request.configurationSetName("v1-set"));
            v1.createConfigurationSetEventDestination(request -> request.configurationSetName("v1-set")
                    .eventDestinationName("to-sns").eventDestination(d -> d.enabled(true)
                            .matchingEventTypesWithStrings("SEND", "BOUNCE", "DELIVERY", "COMPLAINT")
                            .snsDestination(s -> s.topicArn(topicArn))));

            String messageId = v1.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                    .destination(d -> d.toAddresses("bounce@simulator.amazonses.com")).configurationSetName("v1-set")
                    .content(c -> c.simple(m -> m.subject(s -> s.data("Hello")).body(b -> b.text(t -> t.data("hi"))))))
                    .messageId();

            Map<String, JsonNode> events = snsEvents(queue, 2, topicArn);
            JsonNode bounce = events.get("Bounce");
            assertThat(bounce.get("bounce").get("bounceType").asString()).isEqualTo("Permanent");
            assertThat(bounce.get("mail").get("messageId").asString()).isEqualTo(messageId);
            assertThat(bounce.get("mail").get("tags").get("ses:configuration-set").get(0).asString())
                    .isEqualTo("v1-set");
            assertThat(events.get("Send").get("mail").get("messageId").asString()).isEqualTo(messageId);
            assertThat(statuses(settled(messageId, 2)))
                    .containsExactlyInAnyOrder("Bounce DELIVERED", "Send DELIVERED");
        }
    }

    @Test
    void aComplaintSentWithAnEventBridgeDestinationReachesTheQueueTheDefaultBusRuleTargets() {
        MotoQueue queue = queue();
        String rule = MotoQueue.unique("ses-e2e");
        v2.createConfigurationSetEventDestination(request -> request.configurationSetName("e2e")
                .eventDestinationName("to-bus").eventDestination(d -> d.enabled(true).matchingEventTypes(SENDING)
                        .eventBridgeDestination(b -> b.eventBusArn(BUS))));
        // The rule matches this test's account only: moto's default bus is shared by every test.
        eventBridge.putRule(put -> put.name(rule).eventPattern("""
                {"source":["aws.ses"],"detail":{"mail":{"sendingAccountId":["%s"]}}}""".formatted(account)));
        eventBridge.putTargets(put -> put.rule(rule).targets(target -> target.id("queue").arn(queue.arn())));

        String messageId = send("complaint@simulator.amazonses.com");

        Map<String, JsonNode> byDetailType = new HashMap<>();
        for (String body : receive(queue, 3)) {
            JsonNode received = JSON.readTree(body);
            assertThat(received.get("source").asString()).isEqualTo("aws.ses");
            byDetailType.put(received.get("detail-type").asString(), received.get("detail"));
        }
        assertThat(byDetailType).containsOnlyKeys("Email Sent", "Email Delivered", "Email Complaint Received");
        JsonNode complaint = byDetailType.get("Email Complaint Received");
        assertThat(complaint.get("eventType").asString()).isEqualTo("Complaint");
        assertThat(complaint.get("complaint").get("complainedRecipients").get(0).get("emailAddress").asString())
                .isEqualTo("complaint@simulator.amazonses.com");
        assertThat(complaint.get("mail").get("messageId").asString()).isEqualTo(messageId);
        assertThat(statuses(settled(messageId, 3)))
                .containsExactlyInAnyOrder("Send DELIVERED", "Delivery DELIVERED", "Complaint DELIVERED");
    }

    @Test
    void aBounceSentWithACloudWatchDestinationIsABounceMetricWithTheMessagesTagAsDimension() {
        String campaign = MotoQueue.unique("campaign");
        v2.createConfigurationSetEventDestination(request -> request.configurationSetName("e2e")
                .eventDestinationName("to-metrics").eventDestination(d -> d.enabled(true).matchingEventTypes(SENDING)
                        .cloudWatchDestination(c -> c.dimensionConfigurations(
                                dimension -> dimension.dimensionName("campaign").dimensionValueSource("MESSAGE_TAG")
                                        .defaultDimensionValue("none"),
                                dimension -> dimension.dimensionName("ses:configuration-set")
                                        .dimensionValueSource("MESSAGE_TAG").defaultDimensionValue("none")))));

        String messageId = v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("bounce@simulator.amazonses.com")).configurationSetName("e2e")
                .emailTags(tag -> tag.name("campaign").value(campaign))
                .content(c -> c.simple(m -> m.subject(s -> s.data("Hello")).body(b -> b.text(t -> t.data("hi"))))))
                .messageId();

        assertThat(statuses(settled(messageId, 2))).containsExactlyInAnyOrder("Bounce DELIVERED", "Send DELIVERED");
        String metrics = MotoServer.query("monitoring", "Action=ListMetrics&Version=2010-08-01"
                + "&Namespace=" + URLEncoder.encode("AWS/SES", StandardCharsets.UTF_8)
                + "&Dimensions.member.1.Name=campaign&Dimensions.member.1.Value=" + campaign)
                .replaceAll("\\s+", "");
        assertThat(metrics).contains("<MetricName>Bounce</MetricName>").contains("<MetricName>Send</MetricName>")
                .contains("<Name>ses:configuration-set</Name><Value>e2e</Value>");
    }

    @Test
    void anHttpSubscriberOfTheTopicGetsTheBounceInSnsNotificationEnvelope() throws Exception {
        NOTIFIED.clear();
        snsDestination("to-http", HTTP_TOPIC);

        String messageId = send("bounce@simulator.amazonses.com");

        Map<String, JsonNode> events = new HashMap<>();
        for (int i = 0; i < 2; i++) {
            Notification notification = NOTIFIED.poll(20, TimeUnit.SECONDS);
            assertThat(notification).as("notification %d of 2", i + 1).isNotNull();
            assertThat(notification.headers()).containsEntry("x-amz-sns-message-type", "Notification")
                    .containsEntry("x-amz-sns-topic-arn", HTTP_TOPIC);
            JsonNode envelope = JSON.readTree(notification.body());
            assertThat(envelope.get("Type").asString()).isEqualTo("Notification");
            assertThat(envelope.get("TopicArn").asString()).isEqualTo(HTTP_TOPIC);
            assertThat(envelope.get("MessageId").asString()).isNotBlank();
            JsonNode event = JSON.readTree(envelope.get("Message").asString());
            events.put(event.get("eventType").asString(), event);
        }
        assertThat(events).containsOnlyKeys("Send", "Bounce");
        assertBounceOf(events.get("Bounce"), messageId);
        // moto has the topic too, so the Publish to it and the POST both deliver.
        assertThat(statuses(settled(messageId, 2))).containsExactlyInAnyOrder("Bounce DELIVERED", "Send DELIVERED");
    }

    @Test
    void opensAndClicksRaisedOnDemandReachTheQueue() {
        String topicArn = sns.createTopic(create -> create.name(MotoQueue.unique("ses-engagement"))).topicArn();
        MotoQueue queue = subscribedQueue(topicArn);
        v2.createConfigurationSetEventDestination(request -> request.configurationSetName("e2e")
                .eventDestinationName("engagement").eventDestination(d -> d.enabled(true)
                        .matchingEventTypes(EventType.OPEN, EventType.CLICK)
                        .snsDestination(s -> s.topicArn(topicArn))));
        String messageId = send("success@simulator.amazonses.com");

        HttpResponse<String> open = control.postJson("/_mock/emails/" + messageId + "/events",
                "{\"type\":\"Open\",\"recipient\":\"success@simulator.amazonses.com\"}");
        HttpResponse<String> click = control.postJson("/_mock/emails/" + messageId + "/events",
                "{\"type\":\"Click\",\"recipient\":\"success@simulator.amazonses.com\","
                        + "\"link\":\"https://example.com/offer\"}");

        assertThat(open.statusCode()).as(open.body()).isBetween(200, 201);
        assertThat(click.statusCode()).as(click.body()).isBetween(200, 201);
        Map<String, JsonNode> events = snsEvents(queue, 2, topicArn);
        assertThat(events.get("Open").get("mail").get("messageId").asString()).isEqualTo(messageId);
        assertThat(events.get("Open").get("open").get("ipAddress").asString()).isNotBlank();
        assertThat(events.get("Click").get("click").get("link").asString()).isEqualTo("https://example.com/offer");
        assertThat(statuses(settled(messageId, 2))).containsExactlyInAnyOrder("Open DELIVERED", "Click DELIVERED");
    }

    @Test
    void aSendWhoseEngineIsDownSucceedsAndItsEventsFailWithAReasonAfterTheirTries() {
        v2.createConfigurationSetEventDestination(request -> request.configurationSetName("e2e")
                .eventDestinationName("to-firehose").eventDestination(d -> d.enabled(true)
                        .matchingEventTypes(SENDING)
                        .kinesisFirehoseDestination(f -> f.deliveryStreamArn(DEAD_STREAM)
                                .iamRoleArn("arn:aws:iam::" + account + ":role/ses-firehose"))));
        long failedBefore = eventDeliveryCount("failed");

        String messageId = send("bounce@simulator.amazonses.com");

        assertThat(messageId).isNotBlank();
        JsonNode events = settled(messageId, 2);
        assertThat(statuses(events)).containsExactlyInAnyOrder("Bounce FAILED", "Send FAILED");
        for (JsonNode event : events) {
            assertThat(event.get("delivery").get("attempts").asInt()).isEqualTo(3);
            assertThat(event.get("delivery").get("reason").asString())
                    .startsWith("Firehose PutRecord to " + DEAD_STREAM + " at http://127.0.0.1:");
        }
        assertThat(eventDeliveryCount("failed")).isGreaterThanOrEqualTo(failedBefore + 2);
    }

    private long eventDeliveryCount(String name) {
        HttpResponse<String> info = control.send("GET", "/_mock/info", null, null);
        assertThat(info.statusCode()).isEqualTo(200);
        return JSON.readTree(info.body()).get("eventDelivery").get(name).asLong();
    }
}
