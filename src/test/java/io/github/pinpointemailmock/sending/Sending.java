package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.TestAccounts;
import java.net.http.HttpResponse;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Helpers of the sending tests: a fresh account each, and the captured mail read as JSON. */
final class Sending {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Sending() {
    }

    /** A SendEmail of Simple content from {@code sender@example.com} to the given addresses. */
    static SendEmailRequest simpleTo(String... to) {
        return SendEmailRequest.builder().fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses(to))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x")))))
                .build();
    }

    static String freshAccount() {
        return TestAccounts.random();
    }

    static JsonNode get(int port, String path) {
        HttpResponse<String> response = new MockControlPlane(port).send("GET", path, null, null);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static JsonNode email(int port, String messageId) {
        return get(port, "/_mock/emails/" + messageId);
    }
}
