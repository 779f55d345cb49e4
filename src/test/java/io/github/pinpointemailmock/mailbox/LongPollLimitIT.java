package io.github.pinpointemailmock.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.SesV2Clients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bound on long polls of {@code /_mock/emails}. An application of its own (the property only sets it apart), so
 * that no poll of another test takes a place.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.application.name=long-poll-limit")
class LongPollLimitIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BEYOND = 16;

    @LocalServerPort
    int port;

    private JsonNode longPollInfo(MockControlPlane http) {
        return JSON.readTree(http.send("GET", "/_mock/info", null, null).body()).get("emailLongPolls");
    }

    @Test
    void pollsBeyondTheBoundAreServiceUnavailableWhileTheServerStaysResponsiveAndTheRestAreAnsweredByTheMail()
            throws Exception {
        MockControlPlane http = new MockControlPlane(port);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest poll = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/_mock/emails?to=awaited@example.net&wait=60s&count=1")).build();
        List<CompletableFuture<HttpResponse<String>>> polls = new ArrayList<>();
        for (int i = 0; i < MailboxService.MAX_WAITERS + BEYOND; i++) {
            polls.add(client.sendAsync(poll, HttpResponse.BodyHandlers.ofString()));
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> polls.stream().filter(CompletableFuture::isDone).count() == BEYOND
                        && longPollInfo(http).get("waiting").asInt() == MailboxService.MAX_WAITERS);
        List<CompletableFuture<HttpResponse<String>>> waiting = polls.stream().filter(p -> !p.isDone()).toList();
        assertThat(waiting).hasSize(MailboxService.MAX_WAITERS);
        for (CompletableFuture<HttpResponse<String>> refused : polls.stream().filter(CompletableFuture::isDone)
                .toList()) {
            HttpResponse<String> response = refused.join();
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ServiceUnavailable");
            assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
            assertThat(JSON.readTree(response.body()).get("message").asString()).isEqualTo("At most 64 long polls of "
                    + "/_mock/emails wait at once; wait for one to answer, or poll without wait.");
        }
        JsonNode info = longPollInfo(http);
        assertThat(info.get("maxWaiting").asInt()).isEqualTo(64);
        assertThat(info.get("refused").asLong()).isEqualTo(BEYOND);

        // No server thread is held by a waiting poll: the rest of the server answers as usual.
        for (int i = 0; i < 20; i++) {
            assertThat(http.send("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
            assertThat(http.send("GET", "/_mock/emails?limit=1", null, null).statusCode()).isEqualTo(200);
        }

        String messageId;
        try (SesV2Client v2 = SesV2Clients.forPort(port)) {
            v2.createEmailIdentity(request -> request.emailIdentity("example.com"));
            messageId = v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                    .destination(d -> d.toAddresses("awaited@example.net"))
                    .content(c -> c.simple(m -> m.subject(s -> s.data("awaited")).body(b -> b.text(t -> t.data("x"))))))
                    .messageId();
        }

        // Answered by the mail, well before the 60 s the polls asked for.
        for (CompletableFuture<HttpResponse<String>> answered : waiting) {
            HttpResponse<String> response = answered.get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("total").asInt()).isEqualTo(1);
            assertThat(body.get("emails").get(0).get("messageId").asString()).isEqualTo(messageId);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> longPollInfo(http).get("waiting").asInt() == 0);
    }
}
