package io.github.pinpointemailmock.web;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.RawHttpConnection;
import io.github.pinpointemailmock.support.RawHttpConnection.Response;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What crosses the wire, seen with plain sockets and HTTP: connections, limits and inputs no SDK would send. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WireProtocolIT {

    private static final String CREATE_PATH = "/v1/email/configuration-sets";

    @LocalServerPort
    int port;

    @Test
    void aConnectionStaysOpenAfterErrorAnswersAsOnAws() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            Response invalid = connection.postJson(CREATE_PATH, "{\"ConfigurationSetName\": \"not valid!\"}");
            Response malformed = connection.postJson(CREATE_PATH, "{oops");
            Response created = connection.postJson(CREATE_PATH, "{\"ConfigurationSetName\": \"keep-alive\"}");
            Response duplicate = connection.postJson(CREATE_PATH, "{\"ConfigurationSetName\": \"keep-alive\"}");

            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.header("x-amzn-ErrorType")).isEqualTo("BadRequestException");
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.header("x-amzn-ErrorType")).isEqualTo("SerializationException");
            assertThat(created.status()).isEqualTo(200);
            assertThat(created.body()).isEqualTo("{}");
            assertThat(duplicate.header("x-amzn-ErrorType")).isEqualTo("AlreadyExistsException");
            for (Response response : new Response[] {invalid, malformed, created, duplicate}) {
                assertThat(response.header("Connection")).isNotEqualToIgnoringCase("close");
                assertThat(response.header("x-amzn-RequestId")).isNotBlank();
            }
            assertThat(connection.closedByServer()).isFalse();
        }
    }

    @Test
    void aConnectionStaysOpenAfterAnInjected500() throws Exception {
        MockControlPlane controlPlane = new MockControlPlane(port);
        controlPlane.postJson("/_mock/faults", """
                {"operation": "CreateConfigurationSet", "error": "ConcurrentModificationException"}""");
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            Response faulted = connection.postJson(CREATE_PATH, "{\"ConfigurationSetName\": \"after-500\"}");
            Response created = connection.postJson(CREATE_PATH, "{\"ConfigurationSetName\": \"after-500\"}");

            assertThat(faulted.status()).isEqualTo(500);
            assertThat(faulted.header("x-amzn-ErrorType")).isEqualTo("ConcurrentModificationException");
            assertThat(faulted.body()).contains("\"message\"");
            assertThat(created.status()).isEqualTo(200);
        }
    }

    /**
     * Errors raised before the body is read leave it on the wire; unless it is read, Jetty would close the
     * connection after the answer without saying so, and a client reusing it would fail.
     */
    @Test
    void aConnectionStaysOpenWhenAnErrorIsAnsweredBeforeALargeBodyIsRead() throws Exception {
        String padding = "x".repeat(600_000);
        String largeValid = "{\"ConfigurationSetName\": \"unread-body\", \"Padding\": \"" + padding + "\"}";
        new MockControlPlane(port).postJson("/_mock/faults", """
                {"operation": "CreateConfigurationSet", "error": "ConcurrentModificationException"}""");
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            Response faulted = connection.postJson(CREATE_PATH, largeValid);
            Response wrongMediaType = connection.post(CREATE_PATH, "text/plain", largeValid);
            Response brokenEarly = connection.postJson(CREATE_PATH, "{oops" + padding);
            Response created = connection.postJson(CREATE_PATH, largeValid);

            assertThat(faulted.header("x-amzn-ErrorType")).isEqualTo("ConcurrentModificationException");
            assertThat(wrongMediaType.header("x-amzn-ErrorType")).isEqualTo("UnsupportedMediaTypeException");
            assertThat(brokenEarly.header("x-amzn-ErrorType")).isEqualTo("SerializationException");
            assertThat(created.status()).isEqualTo(200);
            assertThat(connection.closedByServer()).isFalse();
        }
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedOnAConnectionThatStaysOpen() throws Exception {
        String huge = "{\"ConfigurationSetName\": \"huge\", \"Padding\": \"" + "x".repeat(1024 * 1024) + "\"}";
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            Response refused = connection.postJson(CREATE_PATH, huge);
            Response created = connection.postJson(CREATE_PATH, "{\"ConfigurationSetName\": \"huge\"}");

            assertJsonError(refused, 413, "RequestEntityTooLargeException");
            // Nothing was stored, and the same connection serves the next request.
            assertThat(created.status()).isEqualTo(200);
        }
    }

    @Test
    void aFarLargerBodyIsRefusedWithConnectionClose() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            Response refused = connection.sendRaw("POST " + CREATE_PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{");

            assertJsonError(refused, 413, "RequestEntityTooLargeException");
            assertThat(refused.header("Connection")).isEqualToIgnoringCase("close");
        }
    }

    @Test
    void headersUpToSixteenKilobytesAreAccepted() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            Response response = connection.sendRaw("GET " + CREATE_PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Padding: " + "p".repeat(12 * 1024) + "\r\n\r\n");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).startsWith("{\"ConfigurationSets\":");
        }
    }

    static Stream<Arguments> requestsNoSdkWouldSend() {
        return Stream.of(
                Arguments.of("a malformed request line", "NOT-HTTP\r\n\r\n", 400, "BadRequestException"),
                Arguments.of("oversized headers", "GET " + CREATE_PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "X-Padding: " + "p".repeat(20 * 1024) + "\r\n\r\n", 431, "BadRequestException"),
                Arguments.of("an unparseable path on a method Jetty gives no error page",
                        "PUT /v1/email/%zz HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n",
                        400, "BadRequestException"),
                Arguments.of("OPTIONS", "OPTIONS " + CREATE_PATH + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                        405, "MethodNotAllowedException"),
                Arguments.of("TRACE", "TRACE /anything HTTP/1.1\r\nHost: localhost\r\n\r\n",
                        405, "MethodNotAllowedException"),
                Arguments.of("an undecodable query string", "POST " + CREATE_PATH + "?a=%zz HTTP/1.1\r\n"
                        + "Host: localhost\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
                        400, "BadRequestException"),
                Arguments.of("a face spelled with escapes", "GET /%76%32/email/configuration-sets/missing HTTP/1.1\r\n"
                        + "Host: localhost\r\n\r\n", 404, "NotFoundException"),
                Arguments.of("a face with a path parameter", "GET /v1;a=b/email/configuration-sets/missing HTTP/1.1\r\n"
                        + "Host: localhost\r\n\r\n", 404, "NotFoundException"),
                Arguments.of("a wildcard Content-Type", "POST " + CREATE_PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: */*\r\nContent-Length: 2\r\n\r\n{}", 415, "UnsupportedMediaTypeException"),
                Arguments.of("a multipart Content-Type", "POST " + CREATE_PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 2\r\n\r\n{}", 415,
                        "UnsupportedMediaTypeException"),
                Arguments.of("an unknown route from a client asking for HTML",
                        "GET /v1/email/nothing-here HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n",
                        404, "UnknownOperationException"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestsNoSdkWouldSend")
    void requestsNoSdkWouldSendAreAnsweredInTheAwsJsonFormatNotHtml(String description, String rawRequest,
                                                                    int status, String errorType) throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            assertJsonError(connection.sendRaw(rawRequest), status, errorType);
        }
    }
}
