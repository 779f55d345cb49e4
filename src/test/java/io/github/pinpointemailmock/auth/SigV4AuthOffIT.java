package io.github.pinpointemailmock.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;

/** {@code mock.auth.mode=off}, the default: nothing is checked, the caller is read from the credential scope. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SigV4AuthOffIT {

    @LocalServerPort
    int port;

    @Test
    void unsignedAndWronglySignedRequestsAreServedAsBefore() {
        MockControlPlane http = new MockControlPlane(port);

        assertThat(http.postJson("/v1/email/configuration-sets", "{\"ConfigurationSetName\":\"unsigned\"}")
                .statusCode()).isEqualTo(200);
        // A SigV4-shaped header whose signature is "0": the account still comes from its scope.
        assertThat(http.send("POST", "/v2/email/configuration-sets", "application/json",
                "{\"ConfigurationSetName\":\"scoped\"}", "222233334444").statusCode()).isEqualTo(200);

        try (PinpointEmailClient client = PinpointEmailClients.forPort(port, "222233334444", "us-east-1")) {
            assertThat(client.listConfigurationSets(request -> { }).configurationSets()).contains("scoped");
        }
    }
}
