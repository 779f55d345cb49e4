package io.github.pinpointemailmock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.TestAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The web inbox over plain HTTP: its page and files, the AWS error for any other name, and its live stream. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebInboxIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void thePageAndItsFilesAreServedWithTheirTypesAndAPolicyThatRunsOnlyTheirOwnScript() {
        MockControlPlane http = new MockControlPlane(port);

        HttpResponse<String> page = http.send("GET", "/_mock/ui", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWithIgnoringCase("text/html"));
        assertThat(page.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("script-src 'self';", "object-src 'none'"));
        assertThat(page.body()).contains("<script src=\"/_mock/ui/app.js\" defer></script>")
                .contains("href=\"/_mock/ui/app.css\"")
                .doesNotContain("http://", "https://");
        assertThat(http.send("GET", "/_mock/ui/", null, null).body()).isEqualTo(page.body());

        HttpResponse<String> script = http.send("GET", "/_mock/ui/app.js", null, null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript;charset=UTF-8");
        assertThat(script.body()).contains("new EventSource('/_mock/ui/stream')").doesNotContain("https://");
        HttpResponse<String> style = http.send("GET", "/_mock/ui/app.css", null, null);
        assertThat(style.headers().firstValue("Content-Type")).hasValue("text/css;charset=UTF-8");
        assertThat(style.body()).doesNotContain("url(http");
    }

    @Test
    void anyOtherNameUnderTheInboxIsTheAwsNotFoundNeverAnHtmlPage() {
        MockControlPlane http = new MockControlPlane(port);
        for (String path : new String[] {"/_mock/ui/nope.js", "/_mock/ui/index.htm", "/_mock/ui/a/b",
                "/_mock/ui/stream/x", "/_mock/ui/mock-ui"}) {
            HttpResponse<String> missing = http.send("GET", path, null, null);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.headers().firstValue("x-amzn-ErrorType")).as(path)
                    .hasValue("UnknownOperationException");
            assertThat(missing.headers().firstValue("x-amzn-RequestId")).as(path).isPresent();
            assertThat(missing.headers().firstValue("Content-Type")).as(path).hasValue("application/json");
            assertThat(JSON.readTree(missing.body()).get("message").asString()).as(path).isNotBlank();
        }
        // Jetty refuses an encoded separator before any handler: no file is looked up outside the page's own.
        HttpResponse<String> traversal = http.send("GET", "/_mock/ui/..%2Fapplication.properties", null, null);
        assertThat(traversal.statusCode()).isEqualTo(400);
        assertThat(traversal.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(traversal.body()).doesNotContain("spring.");
        HttpResponse<String> post = http.send("POST", "/_mock/ui", "application/json", "{}");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("x-amzn-ErrorType")).hasValue("MethodNotAllowedException");
    }

    @Test
    void theStreamTellsAnOpenPageOfEveryMessageKeptAndOfAReset() throws Exception {
        String account = TestAccounts.random();
        try (EventStream stream = EventStream.open(port); SesV2Client v2 = SesV2Clients.forPort(port, account,
                "eu-west-1")) {
            assertThat(stream.response().headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/event-stream"));
            assertThat(stream.next("ready").get("maxSubscribers").asInt()).isEqualTo(InboxStream.MAX_SUBSCRIBERS);
            v2.createEmailIdentity(request -> request.emailIdentity("example.com"));
            String messageId = v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                    .destination(d -> d.toAddresses("to@example.net"))
                    .content(c -> c.simple(m -> m.subject(s -> s.data("Live"))
                            .body(b -> b.text(t -> t.data("x")))))).messageId();

            JsonNode email = stream.next("email");
            assertThat(email.get("messageId").asString()).isEqualTo(messageId);
            assertThat(email.get("account").asString()).isEqualTo(account);
            assertThat(email.get("region").asString()).isEqualTo("eu-west-1");
            assertThat(email.get("subject").asString()).isEqualTo("Live");

            assertThat(new MockControlPlane(port).send("POST", "/_mock/reset?account=" + account, null, null)
                    .statusCode()).isEqualTo(204);
            assertThat(stream.next("reset").get("account").asString()).isEqualTo(account);
        }
    }
}
