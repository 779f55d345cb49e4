package io.github.pinpointemailmock.mailbox;

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

/** A mailbox of three messages: the oldest are dropped first, and /_mock/info counts them. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mock.emails.max-stored=3")
class CapturedMailBoundsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void theOldestMessagesAreDroppedFirstAndCountedUntilAReset() {
        MockControlPlane http = new MockControlPlane(port);
        List<String> ids = new ArrayList<>();
        try (SesV2Client v2 = SesV2Clients.forPort(port)) {
            v2.createEmailIdentity(request -> request.emailIdentity("bounds.example.com"));
            for (int i = 0; i < 5; i++) {
                ids.add(v2.sendEmail(request -> request.fromEmailAddress("a@bounds.example.com")
                        .destination(d -> d.toAddresses("b@example.net"))
                        .content(c -> c.simple(m -> m.subject(s -> s.data("s")).body(b -> b.text(t -> t.data("x"))))))
                        .messageId());
            }
        }

        JsonNode list = JSON.readTree(http.send("GET", "/_mock/emails", null, null).body());
        assertThat(list.get("total").asInt()).isEqualTo(3);
        assertThat(list.get("emails").get(0).get("messageId").asString()).isEqualTo(ids.get(4));
        assertThat(list.get("emails").get(2).get("messageId").asString()).isEqualTo(ids.get(2));
        assertThat(http.send("GET", "/_mock/emails/" + ids.get(0), null, null).statusCode()).isEqualTo(404);
        JsonNode emails = JSON.readTree(http.send("GET", "/_mock/info", null, null).body()).get("emails");
        assertThat(emails.get("stored").asInt()).isEqualTo(3);
        assertThat(emails.get("dropped").asInt()).isEqualTo(2);

        http.send("POST", "/_mock/reset", null, null);
        emails = JSON.readTree(http.send("GET", "/_mock/info", null, null).body()).get("emails");
        assertThat(emails.get("stored").asInt()).isZero();
        assertThat(emails.get("dropped").asInt()).isZero();
    }
}
