package io.github.pinpointemailmock.hardening;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.RawHttpConnection;
import io.github.pinpointemailmock.support.RawHttpConnection.Response;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Exact reproductions of what {@link RandomInputFuzzIT} found, each asserting the answer the README promises.
 * <strong>Those marked {@code @Disabled} fail against the current code and are disabled so the build stays
 * green</strong>; the fuzz test tolerates the same answers through {@link KnownFindings}. When a finding is fixed,
 * enable its test here and delete its constant there. The enabled ones are findings already fixed, kept as
 * regression tests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HardeningFindingsIT {

    @LocalServerPort
    int port;

    /**
     * Fixed finding, kept as a regression test: Spring's multipart resolver parsed any {@code multipart/*} request
     * before handler mapping, failed on a body that is not multipart (or has no boundary), and its
     * {@code MultipartException} became 500 InternalFailure, on every path.
     */
    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data", "multipart/form-data; boundary=xyz", "multipart/mixed"})
    void aMultipartContentTypeIsAnUnsupportedMediaType(String contentType) {
        HttpResponse<String> response = new MockControlPlane(port).send("POST", "/v2/email/configuration-sets",
                contentType, "{\"ConfigurationSetName\": \"multipart\"}");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnsupportedMediaTypeException");
    }

    /**
     * Fixed finding, kept as a regression test: {@code ServletServerHttpRequest.getHeaders()} refused to set a
     * wildcard Content-Type ({@code IllegalArgumentException: Content-Type cannot contain wildcard type '*'}) while
     * reading the body, and on paths without a handler; the exception became 500 InternalFailure.
     */
    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*"})
    void aWildcardContentTypeIsAnUnsupportedMediaType(String contentType) {
        MockControlPlane http = new MockControlPlane(port);

        HttpResponse<String> create = http.send("POST", "/v2/email/configuration-sets", contentType,
                "{\"ConfigurationSetName\": \"wildcard\"}");
        HttpResponse<String> unknownPath = http.send("GET", "/v2/email/no-such-operation", contentType, null);

        assertThat(create.statusCode()).isEqualTo(415);
        assertThat(create.headers().firstValue("x-amzn-ErrorType")).hasValue("UnsupportedMediaTypeException");
        // Refusing the Content-Type before routing (415) is as documented as the unknown path (404); a 500 is not.
        assertThat(unknownPath.statusCode()).isIn(404, 415);
        assertThat(unknownPath.headers().firstValue("x-amzn-ErrorType").orElseThrow())
                .isEqualTo(unknownPath.statusCode() == 404 ? "UnknownOperationException"
                        : "UnsupportedMediaTypeException");
    }

    /**
     * Jetty answers a request line with an unknown HTTP version 505, a status the emulator cannot change; it names
     * it BadRequestException, since the client is at fault, rather than InternalFailure, which SDKs retry.
     */
    @Test
    void anUnknownHttpVersionIsNamedAClientError() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            Response response = connection.sendRaw("GET /v2/email/configuration-sets HTTP/1.2\r\n"
                    + "Host: localhost\r\n\r\n");

            assertJsonError(response, 505, "BadRequestException");
        }
    }

    /**
     * Fixed finding, kept as a regression test: a body declared over {@code mock.max-request-body-size} was refused
     * only once its first byte arrived (Spring's empty-body check read one byte before the limit was looked at). A
     * client that sends the head and waits, as {@code Expect: 100-continue} clients do (curl does for bodies over
     * 1 MB), was told {@code 100 Continue}, i.e. invited to upload the whole body it would be refused; one that sent
     * nothing held a thread until the 60 s idle timeout. The 413 now comes from the Content-Length alone, before
     * anything reads the body, so Jetty sends no {@code 100 Continue}; and the connection is closed, since the client
     * may still send the body.
     */
    @Test
    void aDeclaredOverLimitBodyIsRefusedBeforeAnyOfItArrives() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(3_000);
            socket.getOutputStream().write(("POST /v2/email/configuration-sets HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2000000\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            byte[] statusLine = new byte[12];
            int read = socket.getInputStream().readNBytes(statusLine, 0, statusLine.length);

            assertThat(new String(statusLine, 0, read, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 413");
            String head = new String(socket.getInputStream().readNBytes(400), StandardCharsets.US_ASCII);
            assertThat(head).containsIgnoringCase("Connection: close").contains("RequestEntityTooLargeException");
        }
    }

    /**
     * {@code DeliveryOptions.pinpointEmailView()} is null when the options hold only SES v2's
     * {@code MaxDeliverySeconds}, and {@code ConfigurationSetService.putDeliveryOptions} validates that null:
     * {@code IllegalArgumentException: HV000116: The object to be validated must not be null}, 500 InternalFailure.
     * Pinpoint Email ignores the member it does not know, so this is a put of empty options (the set need not even
     * exist for the 500: validation comes first).
     */
    @Test
    void aPinpointEmailDeliveryOptionsPutWithOnlyAnSesV2MemberIsAnEmptyPut() {
        MockControlPlane http = new MockControlPlane(port);
        http.postJson("/v1/email/configuration-sets", "{\"ConfigurationSetName\": \"v1-max-delivery\"}");

        HttpResponse<String> response = http.send("PUT",
                "/v1/email/configuration-sets/v1-max-delivery/delivery-options", "application/json",
                "{\"MaxDeliverySeconds\": 600}");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    /**
     * Spring's {@code FormContentFilter} parses {@code application/x-www-form-urlencoded} bodies of PUT, PATCH and
     * DELETE before any handler runs; a body it cannot decode ({@code %ZZ}) throws
     * {@code HttpMessageNotReadableException: Could not decode HTTP form payload} out of the filter chain, and the
     * container's error becomes 500 InternalFailure, on every path. POST is not affected (400).
     */
    @ParameterizedTest
    @ValueSource(strings = {"PUT /v2/email/configuration-sets/form/sending", "DELETE /v2/email/configuration-sets/form",
            "DELETE /v2/email/no-such-operation", "PATCH /v2/email/configuration-sets/form"})
    void anUndecodableFormBodyIsAClientError(String request) {
        String[] methodAndPath = request.split(" ");

        HttpResponse<String> response = new MockControlPlane(port).send(methodAndPath[0], methodAndPath[1],
                "application/x-www-form-urlencoded", "%ZZ");

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.headers().firstValue("x-amzn-ErrorType").orElseThrow()).isNotEqualTo("InternalFailure");
    }

    /**
     * A fixed finding of the fuzz test: a {@code SendEmail} refused with 400 MessageRejected (unverified sender) put
     * the account's default settings record in the store, visible in {@code GET /_mock/state}; a refused request
     * leaves the store as it was.
     */
    @Test
    void aRefusedSendLeavesTheStoreAsItWas() {
        MockControlPlane http = new MockControlPlane(port);
        String account = "515151515151";
        String before = StoreSnapshot.canonical(http.send("GET", "/_mock/state", null, null).body()
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = http.send("POST", "/v2/email/outbound-emails", "application/json", """
                {"FromEmailAddress": "someone@unverified.example.org",
                 "Destination": {"ToAddresses": ["to@example.net"]},
                 "Content": {"Simple": {"Subject": {"Data": "Hi"}, "Body": {"Text": {"Data": "x"}}}}}""", account);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("MessageRejected");
        assertThat(StoreSnapshot.canonical(http.send("GET", "/_mock/state", null, null).body()
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(before);
    }
}
