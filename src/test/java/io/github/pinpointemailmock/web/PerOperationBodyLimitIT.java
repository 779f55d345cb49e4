package io.github.pinpointemailmock.web;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.RawHttpConnection;
import io.github.pinpointemailmock.support.RawHttpConnection.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An operation with a body limit of its own: its calls are held to it, every other request to the default. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "mock.max-request-body-size=300B", "mock.max-request-body-size-per-operation.CreateDedicatedIpPool=100B"})
class PerOperationBodyLimitIT {

    private static final String PADDED_POOL = "{\"PoolName\": \"padded\", \"Padding\": \"" + "x".repeat(150) + "\"}";

    @LocalServerPort
    int port;

    @Test
    void aBodyOverTheOperationsOwnLimitIsRefusedWhateverTheDefaultAllows() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            Response refused = connection.postJson("/v2/email/dedicated-ip-pools", PADDED_POOL);
            Response chunked = connection.sendRaw("POST /v1/email/dedicated-ip-pools HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(PADDED_POOL.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + PADDED_POOL
                    + "\r\n0\r\n\r\n");
            Response otherOperation = connection.postJson("/v2/email/configuration-sets",
                    "{\"ConfigurationSetName\": \"padded\", \"Padding\": \"" + "x".repeat(150) + "\"}");
            Response small = connection.postJson("/v2/email/dedicated-ip-pools", "{\"PoolName\": \"small\"}");

            for (Response response : new Response[] {refused, chunked}) {
                assertJsonError(response, 413, "RequestEntityTooLargeException");
                assertThat(response.body()).contains("Request body must not be larger than 100 bytes.");
            }
            assertThat(otherOperation.status()).isEqualTo(200);
            assertThat(small.status()).isEqualTo(200);
            assertThat(connection.closedByServer()).isFalse();
        }
    }

    @Test
    void everyOtherRequestKeepsTheDefaultLimit() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            Response refused = connection.postJson("/v2/email/configuration-sets",
                    "{\"ConfigurationSetName\": \"big\", \"Padding\": \"" + "x".repeat(300) + "\"}");
            Response controlPlane = connection.postJson("/_mock/faults",
                    "{\"operation\": \"GetConfigurationSet\", \"Padding\": \"" + "x".repeat(300) + "\"}");

            assertThat(refused.body()).contains("Request body must not be larger than 300 bytes.");
            assertJsonError(controlPlane, 413, "RequestEntityTooLargeException");
        }
    }
}
