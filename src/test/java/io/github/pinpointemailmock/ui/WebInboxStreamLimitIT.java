package io.github.pinpointemailmock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.SesV2Clients;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bound on live streams. An application of its own (the property only sets it apart), so that no page left open
 * by another test takes a slot.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.application.name=stream-limit")
class WebInboxStreamLimitIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private JsonNode webInboxInfo() {
        return JSON.readTree(new MockControlPlane(port).send("GET", "/_mock/info", null, null).body())
                .get("webInbox");
    }

    @Test
    void oneStreamMoreThanTheBoundIsServiceUnavailableAndAClosedPageFreesItsSlot() throws Exception {
        List<EventStream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < InboxStream.MAX_SUBSCRIBERS; i++) {
                EventStream stream = EventStream.open(port);
                streams.add(stream);
                assertThat(stream.response().statusCode()).isEqualTo(200);
                stream.next("ready");
            }
            assertThat(webInboxInfo().get("streams").asInt()).isEqualTo(InboxStream.MAX_SUBSCRIBERS);

            try (EventStream refused = EventStream.open(port)) {
                assertThat(refused.response().statusCode()).isEqualTo(503);
                assertThat(refused.response().headers().firstValue("x-amzn-ErrorType")).hasValue("ServiceUnavailable");
                assertThat(refused.response().headers().firstValue("x-amzn-RequestId")).isPresent();
                assertThat(refused.response().headers().firstValue("Content-Type")).hasValue("application/json");
                assertThat(JSON.readTree(refused.body()).get("message").asString())
                        .isEqualTo("The web inbox serves at most 32 live streams at once; close another page and "
                                + "reload.");
            }
            assertThat(webInboxInfo().get("refused").asLong()).isEqualTo(1);
        } finally {
            for (EventStream stream : streams) {
                stream.close();
            }
        }

        // A page that went away is found at the next write to it: mail sent now frees the slots.
        try (SesV2Client v2 = SesV2Clients.forPort(port)) {
            v2.createEmailIdentity(request -> request.emailIdentity("example.com"));
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (webInboxInfo().get("streams").asInt() > 0 && System.nanoTime() < deadline) {
                v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                        .destination(d -> d.toAddresses("to@example.net"))
                        .content(c -> c.simple(m -> m.subject(s -> s.data("ping"))
                                .body(b -> b.text(t -> t.data("x"))))));
                Thread.sleep(200);
            }
        }
        assertThat(webInboxInfo().get("streams").asInt()).isZero();
        try (EventStream again = EventStream.open(port)) {
            assertThat(again.response().statusCode()).isEqualTo(200);
            again.next("ready");
        }
    }
}
