package io.github.pinpointemailmock.dedicatedippool;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mock.limits.dedicated-ip-pools=2")
class DedicatedIpPoolLimitIT {

    @LocalServerPort
    int port;

    @Test
    void theThirdPoolIsLimitExceededOnBothFacesWhileOtherRegionsStillHaveRoom() {
        try (SesV2Client v2 = SesV2Clients.forPort(port, "333344445555", "us-west-2");
             PinpointEmailClient v1 = PinpointEmailClients.forPort(port, "333344445555", "us-west-2");
             SesV2Client otherRegion = SesV2Clients.forPort(port, "333344445555", "ap-south-1")) {
            v2.createDedicatedIpPool(request -> request.poolName("limited-1"));
            v1.createDedicatedIpPool(request -> request.poolName("limited-2"));

            assertThatThrownBy(() -> v2.createDedicatedIpPool(request -> request.poolName("limited-3")))
                    .isInstanceOfSatisfying(LimitExceededException.class, modelledError(400,
                            "LimitExceededException",
                            "Maximum number of dedicated IP pools (2) reached for this account in us-west-2."));
            assertThatThrownBy(() -> v1.createDedicatedIpPool(request -> request.poolName("limited-3")))
                    .isInstanceOfSatisfying(
                            software.amazon.awssdk.services.pinpointemail.model.LimitExceededException.class,
                            modelledError(400, "LimitExceededException"));
            otherRegion.createDedicatedIpPool(request -> request.poolName("limited-3"));
        }
    }

    @Test
    void deletingAPoolMakesRoomForAnother() {
        try (SesV2Client v2 = SesV2Clients.forPort(port, "444455556666", "eu-central-1")) {
            v2.createDedicatedIpPool(request -> request.poolName("first"));
            v2.createDedicatedIpPool(request -> request.poolName("second"));
            assertThatThrownBy(() -> v2.createDedicatedIpPool(request -> request.poolName("third")))
                    .isInstanceOf(LimitExceededException.class);

            v2.deleteDedicatedIpPool(request -> request.poolName("first"));

            v2.createDedicatedIpPool(request -> request.poolName("third"));
        }
    }
}
