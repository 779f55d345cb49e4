package io.github.pinpointemailmock.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.TestAccounts;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The captured-mail API of the control plane: filters, long poll, delete, reset, LocalStack's read-out. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CapturedMailIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private String account;
    private SesV2Client v2;
    private MockControlPlane http;

    @BeforeEach
    void setUp() {
        account = TestAccounts.random();
        v2 = SesV2Clients.forPort(port, account, "us-east-1");
        http = new MockControlPlane(port);
        v2.createEmailIdentity(request -> request.emailIdentity("example.com"));
        v2.createConfigurationSet(request -> request.configurationSetName("marketing"));
    }

    @AfterEach
    void close() {
        v2.close();
    }

    private String send(String to, String subject, String set, String tag) {
        return v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses(to)).configurationSetName(set)
                .emailTags(t -> t.name("kind").value(tag))
                .content(c -> c.simple(m -> m.subject(s -> s.data(subject)).body(b -> b.text(t -> t.data("x"))))))
                .messageId();
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = http.send("GET", path, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void theListIsNewestFirstAndEveryFilterNarrowsIt() {
        String first = send("one@example.net", "Welcome aboard", null, "welcome");
        String second = send("two@example.net", "Your invoice", "marketing", "invoice");
        String base = "/_mock/emails?account=" + account;

        JsonNode all = get(base);
        assertThat(all.get("total").asInt()).isEqualTo(2);
        assertThat(all.get("emails").get(0).get("messageId").asString()).isEqualTo(second);
        assertThat(all.get("emails").get(1).get("messageId").asString()).isEqualTo(first);

        assertThat(get(base + "&to=ONE@example.net").get("total").asInt()).isEqualTo(1);
        assertThat(get(base + "&from=sender@example.com").get("total").asInt()).isEqualTo(2);
        assertThat(get(base + "&subject=invoice").get("emails").get(0).get("messageId").asString()).isEqualTo(second);
        assertThat(get(base + "&configurationSet=marketing").get("total").asInt()).isEqualTo(1);
        assertThat(get(base + "&tag=kind:welcome").get("emails").get(0).get("messageId").asString()).isEqualTo(first);
        assertThat(get(base + "&face=v2").get("total").asInt()).isEqualTo(2);
        assertThat(get(base + "&face=pinpoint-email").get("total").asInt()).isZero();
        assertThat(get(base + "&region=eu-west-1").get("total").asInt()).isZero();
        assertThat(get(base + "&since=2000-01-01T00:00:00Z").get("total").asInt()).isEqualTo(2);
        JsonNode limited = get(base + "&limit=1");
        assertThat(limited.get("total").asInt()).isEqualTo(2);
        assertThat(limited.get("emails")).hasSize(1);
    }

    @Test
    void aLongPollAnswersAsSoonAsEnoughMailHasArrived() {
        CompletableFuture<String> later = CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return send("late@example.net", "late", null, "late");
        });
        long start = System.nanoTime();

        JsonNode found = get("/_mock/emails?account=" + account + "&to=late@example.net&wait=20s&count=1");

        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("emails").get(0).get("messageId").asString()).isEqualTo(later.join());
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    }

    @Test
    void aLongPollWithNothingArrivingAnswersAtItsTimeoutWithWhatThereIs() {
        JsonNode found = get("/_mock/emails?account=" + account + "&wait=200ms&count=1");
        assertThat(found.get("total").asInt()).isZero();
    }

    @Test
    void deleteTakesTheFilteredMailAndResetTakesTheRest() {
        send("keep@example.net", "keep", null, "a");
        send("drop@example.net", "drop", null, "b");

        HttpResponse<String> deleted = http.send("DELETE", "/_mock/emails?account=" + account + "&to=drop@example.net",
                null, null);
        assertThat(JSON.readTree(deleted.body()).get("deleted").asInt()).isEqualTo(1);
        assertThat(get("/_mock/emails?account=" + account).get("total").asInt()).isEqualTo(1);

        assertThat(http.send("POST", "/_mock/reset?account=" + account, null, null).statusCode()).isEqualTo(204);
        assertThat(get("/_mock/emails?account=" + account).get("total").asInt()).isZero();
        assertThat(http.send("GET", "/_mock/state", null, null).body()).doesNotContain("keep@example.net");
    }

    @Test
    void anUnknownMessageIdOrAttachmentIsNotFoundAndABadParameterABadRequest() {
        String messageId = send("to@example.net", "s", null, "a");

        HttpResponse<String> unknown = http.send("GET", "/_mock/emails/nope", null, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("x-amzn-ErrorType")).hasValue("NotFoundException");
        assertThat(unknown.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(JSON.readTree(unknown.body()).get("message").asString())
                .isEqualTo("No email with the message id nope.");
        assertThat(http.send("GET", "/_mock/emails/nope/raw", null, null).statusCode()).isEqualTo(404);
        assertThat(http.send("GET", "/_mock/emails/" + messageId + "/attachments/0", null, null).statusCode())
                .isEqualTo(404);
        HttpResponse<String> bad = http.send("GET", "/_mock/emails?since=yesterday", null, null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("message").asString()).contains("since");
        assertThat(http.send("GET", "/_mock/emails?wait=forever", null, null).statusCode()).isEqualTo(400);
    }

    @Test
    void everyParameterThatCannotBeReadIsABadRequestInTheAwsShapeAndDeletesNothing() {
        String messageId = send("to@example.net", "s", null, "a");
        String base = "/_mock/emails?account=" + account;
        assertBadRequest("GET", base + "&limit=abc", "Invalid value abc for limit; use a whole number of 0 or more.");
        assertBadRequest("GET", base + "&limit=-1", "Invalid value -1 for limit; use a whole number of 0 or more.");
        assertBadRequest("GET", base + "&wait=1s&count=abc",
                "Invalid value abc for count; use a whole number of 1 or more.");
        assertBadRequest("GET", base + "&wait=1s&count=0",
                "Invalid value 0 for count; use a whole number of 1 or more.");
        assertBadRequest("GET", base + "&tag=nocolon", "Invalid value nocolon for tag; use Name:Value.");
        assertBadRequest("GET", base + "&face=v3",
                "Invalid value v3 for face; use v1, v2, pinpoint-email or sesv2.");
        assertBadRequest("GET", base + "&since=yesterday",
                "Invalid value yesterday for since; use an ISO 8601 instant such as 2026-01-01T00:00:00Z.");
        assertBadRequest("GET", base + "&wait=forever",
                "Invalid value forever for wait; use a duration of 0 or more, such as 5s, 500ms or PT5S.");
        assertBadRequest("GET", "/_mock/emails/" + messageId + "/attachments/abc",
                "Invalid value abc for attachment; use a whole number of 0 or more.");
        assertBadRequest("DELETE", base + "&tag=nocolon", "Invalid value nocolon for tag; use Name:Value.");
        assertBadRequest("DELETE", base + "&face=v3",
                "Invalid value v3 for face; use v1, v2, pinpoint-email or sesv2.");

        assertThat(get(base).get("total").asInt()).isEqualTo(1);
        assertThat(get(base + "&limit=0").get("emails")).isEmpty();
        assertThat(get(base + "&tag=kind:a&face=v2").get("total").asInt()).isEqualTo(1);
    }

    private void assertBadRequest(String method, String path, String message) {
        HttpResponse<String> response = http.send(method, path, null, null);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).as(path).hasValue("BadRequestException");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).as(path).isPresent();
        assertThat(JSON.readTree(response.body()).get("message").asString()).as(path).isEqualTo(message);
    }

    @Test
    void localStackReadOutShowsTheMessagesInItsShapeAndDeletesThem() {
        String messageId = send("to@example.net", "from localstack", null, "a");

        JsonNode messages = get("/_aws/ses?id=" + messageId).get("messages");
        assertThat(messages).hasSize(1);
        JsonNode message = messages.get(0);
        assertThat(message.get("Id").asString()).isEqualTo(messageId);
        assertThat(message.get("Region").asString()).isEqualTo("us-east-1");
        assertThat(message.get("Source").asString()).isEqualTo("sender@example.com");
        assertThat(message.get("Destination").get("ToAddresses").get(0).asString()).isEqualTo("to@example.net");
        assertThat(message.get("Subject").asString()).isEqualTo("from localstack");
        assertThat(message.get("Body").get("text_part").asString()).isEqualTo("x");
        assertThat(message.get("RawData").asString()).contains("Subject: from localstack");
        assertThat(message.has("Timestamp")).isTrue();
        assertThat(get("/_aws/ses?email=sender@example.com").get("messages").size()).isPositive();

        assertThat(http.send("DELETE", "/_aws/ses?id=" + messageId, null, null).statusCode()).isEqualTo(204);
        assertThat(get("/_aws/ses?id=" + messageId).get("messages")).isEmpty();
    }
}
