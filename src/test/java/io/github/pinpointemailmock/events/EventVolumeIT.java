package io.github.pinpointemailmock.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.Concurrently;
import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.SesV2Clients;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.EventType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Under load: 10,000 sends from 8 threads, each published to two destinations, and every event recorded exactly
 * once. The log's bounds (number and bytes) are raised above the 40,000 events, so that nothing is dropped for
 * room.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"mock.events.max-stored=50000",
        "mock.events.max-stored-bytes=1GB"})
class EventVolumeIT {

    private static final int THREADS = 8;
    private static final int SENDS = 10_000;
    private static final String ACCOUNT = "424242424242";

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Test
    void tenThousandSendsToTwoDestinationsRecordEveryEventExactlyOnce() throws Exception {
        try (SesV2Client v2 = SesV2Clients.forPort(port, ACCOUNT, "us-east-1")) {
            v2.createEmailIdentity(request -> request.emailIdentity("example.com"));
            v2.createConfigurationSet(request -> request.configurationSetName("load"));
            for (String name : List.of("first", "second")) {
                v2.createConfigurationSetEventDestination(request -> request.configurationSetName("load")
                        .eventDestinationName(name).eventDestination(d -> d.enabled(true)
                                .matchingEventTypes(EventType.SEND, EventType.DELIVERY)
                                .snsDestination(s -> s.topicArn("arn:aws:sns:us-east-1:" + ACCOUNT + ":" + name))));
            }

            List<List<String>> sent = Concurrently.run(THREADS, thread -> {
                List<String> ids = new ArrayList<>();
                for (int i = thread; i < SENDS; i += THREADS) {
                    ids.add(v2.sendEmail(request -> request.fromEmailAddress("load@example.com")
                            .destination(d -> d.toAddresses("success@simulator.amazonses.com"))
                            .configurationSetName("load")
                            .content(c -> c.simple(m -> m.subject(s -> s.data("s"))
                                    .body(b -> b.text(t -> t.data("b"))))))
                            .messageId());
                }
                return ids;
            });

            Set<String> messageIds = sent.stream().flatMap(List::stream).collect(Collectors.toSet());
            assertThat(messageIds).hasSize(SENDS);
            List<RecordedEvent> recorded = log.newestFirst(event -> event.getAccount().equals(ACCOUNT));
            assertThat(recorded).hasSize(4 * SENDS);
            Map<String, Long> perEvent = recorded.stream().collect(Collectors.groupingBy(event ->
                    event.getMessageId() + "|" + event.getEventType() + "|" + event.getDestination().name(),
                    Collectors.counting()));
            assertThat(perEvent).hasSize(4 * SENDS);
            assertThat(new HashSet<>(perEvent.values())).containsExactly(1L);
            assertThat(recorded.stream().map(RecordedEvent::getMessageId).collect(Collectors.toSet()))
                    .isEqualTo(messageIds);
            Map<String, Long> perTypeAndDestination = recorded.stream().collect(Collectors.groupingBy(
                    event -> event.getEventType() + "|" + event.getDestination().name(), Collectors.counting()));
            assertThat(perTypeAndDestination).containsOnly(Map.entry("Send|first", (long) SENDS),
                    Map.entry("Send|second", (long) SENDS), Map.entry("Delivery|first", (long) SENDS),
                    Map.entry("Delivery|second", (long) SENDS));
            var info = JsonMapper.builder().build().readTree(new MockControlPlane(port)
                    .send("GET", "/_mock/info", null, null).body());
            assertThat(info.get("recordedEvents").get("dropped").asLong()).isZero();
        }
    }
}
