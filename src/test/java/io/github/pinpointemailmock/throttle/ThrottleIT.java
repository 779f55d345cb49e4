package io.github.pinpointemailmock.throttle;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.PinpointEmailClients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.pinpointemail.model.BadRequestException;
import software.amazon.awssdk.services.pinpointemail.model.TooManyRequestsException;

/** A bucket that refills once every ~17 minutes: after the burst, every call in the test is throttled. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"mock.throttle.requests-per-second=0.001", "mock.throttle.burst=2"})
class ThrottleIT {

    @LocalServerPort
    int port;

    @Test
    void aBurstBeyondTheBucketIsTooManyRequestsForThatAccountOnly() {
        try (PinpointEmailClient client = PinpointEmailClients.forPort(port, "333344445555", "us-east-1");
             PinpointEmailClient otherAccount = PinpointEmailClients.forPort(port, "999988887777", "us-east-1")) {
            client.createConfigurationSet(request -> request.configurationSetName("throttled-1"));
            // Throttling comes before validation: an invalid request still spends a token.
            assertThatThrownBy(() -> client.createConfigurationSet(request -> request.configurationSetName("bad name")))
                    .isInstanceOf(BadRequestException.class);

            assertThatThrownBy(() -> client.createConfigurationSet(request -> request.configurationSetName("throttled-3")))
                    .isInstanceOfSatisfying(TooManyRequestsException.class,
                            modelledError(429, "TooManyRequestsException"));
            otherAccount.createConfigurationSet(request -> request.configurationSetName("throttled-3"));
            // Each operation has its own bucket: listing is not throttled by the creates.
            assertThat(client.listConfigurationSets(request -> { }).configurationSets()).contains("throttled-1");
        }
    }
}
