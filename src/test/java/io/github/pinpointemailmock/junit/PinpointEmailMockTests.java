package io.github.pinpointemailmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.pinpointemailmock.junit.PinpointEmailMock.FaultRule;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The control-plane helper against a stand-in server that records what it was asked and answers what the test
 * says: the requests it builds, and how it reads answers of either shape.
 */
class PinpointEmailMockTests {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile int status = 200;
    private volatile String answer = "[]";

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + (body.isEmpty() ? "" : " " + body));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private PinpointEmailMock mock() {
        return PinpointEmailMock.at(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @Test
    void eventsAreAskedForWithTheFiltersAsQueryParameters() {
        answer = "[{\"type\":\"BOUNCE\"},{\"type\":\"DELIVERY\"}]";

        var events = mock().events().messageId("m 1").type("BOUNCE").destination("to-sns").list();

        assertThat(requests).containsExactly("GET /_mock/events?messageId=m%201&type=BOUNCE&destination=to-sns");
        assertThat(events).extracting(event -> event.path("type").asString()).containsExactly("BOUNCE", "DELIVERY");
    }

    @Test
    void aNarrowedQueryKeepsTheOneItCameFromAndDeletesWithItsFilters() {
        answer = "{\"deleted\":3}";
        var ofTheSet = mock().events().configurationSet("tracked").account("111122223333").region("eu-west-1");

        int deleted = ofTheSet.recipient("a@example.com").delete();
        ofTheSet.list();

        assertThat(deleted).isEqualTo(3);
        assertThat(requests).containsExactly(
                "DELETE /_mock/events?configurationSet=tracked&account=111122223333&region=eu-west-1"
                        + "&recipient=a%40example.com",
                "GET /_mock/events?configurationSet=tracked&account=111122223333&region=eu-west-1");
    }

    @Test
    void anAnswerWrappedInAnObjectIsReadFromItsArray() {
        answer = "{\"total\":1,\"events\":[{\"type\":\"OPEN\"}]}";

        assertThat(mock().events().list()).singleElement()
                .satisfies(event -> assertThat(event.path("type").asString()).isEqualTo("OPEN"));
        assertThat(requests).containsExactly("GET /_mock/events");
    }

    @Test
    void aFaultRuleIsPostedWithOnlyTheMembersSet() {
        answer = "{\"id\":\"rule-1\"}";
        status = 201;

        String id = mock().faults().add(FaultRule.error("SendEmail", "MessageRejected").times(2).account("111122223333")
                .region("eu-west-1").probability(0.5).latency(Duration.ofMillis(20)));

        assertThat(id).isEqualTo("rule-1");
        assertThat(requests).containsExactly("POST /_mock/faults {\"operation\":\"SendEmail\","
                + "\"error\":\"MessageRejected\",\"count\":2,\"account\":\"111122223333\",\"region\":\"eu-west-1\","
                + "\"probability\":0.5,\"latencyMs\":20}");
    }

    @Test
    void awaitAsksTheEmulatorToWaitForTheCount() {
        answer = "{\"total\":2,\"emails\":[{\"subject\":\"b\"},{\"subject\":\"a\"}]}";

        var emails = mock().emails().subject("x").await(2, Duration.ofSeconds(3));

        assertThat(emails).extracting(PinpointEmailMock.Email::subject).containsExactly("b", "a");
        assertThat(requests).singleElement().asString()
                .matches("GET /_mock/emails\\?subject=x&wait=\\d+ms&count=2");
    }

    @Test
    void aStatusOutside2xxIsAnExceptionWithTheStatusAndTheBody() {
        status = 400;
        answer = "{\"message\":\"wait must be a duration\"}";

        assertThatThrownBy(() -> mock().emails().list())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("GET /_mock/emails answered 400: {\"message\":\"wait must be a duration\"}");
    }

    @Test
    void resetIsAPost() {
        answer = "";

        mock().reset();

        assertThat(requests).containsExactly("POST /_mock/reset");
    }
}
