package io.github.pinpointemailmock.configurationset;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.PinpointEmailClients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.pinpointemail.model.LimitExceededException;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mock.limits.configuration-sets=3")
class ConfigurationSetLimitIT {

    @LocalServerPort
    int port;

    @Test
    void theFourthSetInAnAccountAndRegionIsLimitExceededWhileOtherRegionsStillHaveRoom() {
        try (PinpointEmailClient client = PinpointEmailClients.forPort(port, "222233334444", "us-west-2");
             PinpointEmailClient otherRegion = PinpointEmailClients.forPort(port, "222233334444", "ap-south-1")) {
            for (int i = 1; i <= 3; i++) {
                String name = "limited-" + i;
                client.createConfigurationSet(request -> request.configurationSetName(name));
            }

            assertThatThrownBy(() -> client.createConfigurationSet(request -> request.configurationSetName("limited-4")))
                    .isInstanceOfSatisfying(LimitExceededException.class, modelledError(400, "LimitExceededException"));
            otherRegion.createConfigurationSet(request -> request.configurationSetName("limited-4"));
        }
    }
}
