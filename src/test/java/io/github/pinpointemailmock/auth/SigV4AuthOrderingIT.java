package io.github.pinpointemailmock.auth;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.pinpointemail.model.BadRequestException;
import software.amazon.awssdk.services.pinpointemail.model.PinpointEmailException;
import software.amazon.awssdk.services.pinpointemail.model.TooManyRequestsException;

/**
 * Authentication comes first, as on AWS: a request that fails it spends no throttle token and hits no injected
 * fault. The key is a 12-digit account id, so an unauthenticated request would otherwise be throttled and faulted
 * as the very same account. (That the authentication interceptor comes before the operation guard is asserted
 * with the rest of the pipeline's order, in {@code web.RequestPipelineIT}.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "mock.auth.mode=strict",
        "mock.auth.credentials[0].access-key-id=333344445555",
        "mock.auth.credentials[0].secret-key=test-secret",
        "mock.throttle.requests-per-second=0.001", "mock.throttle.burst=2"})
class SigV4AuthOrderingIT {

    @LocalServerPort
    int port;

    @Test
    void aRequestThatFailsAuthenticationIsNeitherThrottledNorFaulted() {
        MockControlPlane controlPlane = new MockControlPlane(port);
        assertThat(controlPlane.postJson("/_mock/faults",
                "{\"operation\": \"ListConfigurationSets\", \"error\": \"BadRequestException\"}").statusCode())
                .isEqualTo(201);

        try (PinpointEmailClient wrong = SignedClients.pinpoint(port, "333344445555", "wrong-secret");
             PinpointEmailClient client = PinpointEmailClients.forPort(port, "333344445555", "us-east-1")) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> wrong.listConfigurationSets(request -> { }))
                        .isInstanceOfSatisfying(PinpointEmailException.class,
                                modelledError(403, "InvalidSignatureException"));
                assertThat(controlPlane.send("GET", "/v1/email/configuration-sets", null, null).statusCode())
                        .isEqualTo(403);
            }

            // The fault and both tokens are still there for the first authenticated calls.
            assertThatThrownBy(() -> client.listConfigurationSets(request -> { }))
                    .isInstanceOf(BadRequestException.class);
            assertThat(client.listConfigurationSets(request -> { }).configurationSets()).isEmpty();
            assertThatThrownBy(() -> client.listConfigurationSets(request -> { }))
                    .isInstanceOf(TooManyRequestsException.class);
        }
    }
}
