package io.github.pinpointemailmock.identity;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
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

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mock.limits.email-identities=2")
class EmailIdentityLimitIT {

    private static final String ACCOUNT = "333344445555";

    @LocalServerPort
    int port;

    @Test
    void theThirdIdentityInAnAccountAndRegionIsLimitExceededOnBothFacesWhileOtherRegionsStillHaveRoom() {
        try (SesV2Client ses = SesV2Clients.forPort(port, ACCOUNT, "us-west-2");
             PinpointEmailClient pinpoint = PinpointEmailClients.forPort(port, ACCOUNT, "us-west-2");
             SesV2Client otherRegion = SesV2Clients.forPort(port, ACCOUNT, "ap-south-1")) {
            ses.createEmailIdentity(r -> r.emailIdentity("one.example.com"));
            pinpoint.createEmailIdentity(r -> r.emailIdentity("two@example.com"));

            assertThatThrownBy(() -> ses.createEmailIdentity(r -> r.emailIdentity("three.example.com")))
                    .isInstanceOfSatisfying(LimitExceededException.class, modelledError(400, "LimitExceededException",
                            "Maximum number of email identities (2) reached for this account in us-west-2."));
            assertThatThrownBy(() -> pinpoint.createEmailIdentity(r -> r.emailIdentity("three.example.com")))
                    .isInstanceOfSatisfying(
                            software.amazon.awssdk.services.pinpointemail.model.LimitExceededException.class,
                            modelledError(400, "LimitExceededException"));

            // Re-creating an existing identity on Pinpoint Email needs no room.
            assertThat(pinpoint.createEmailIdentity(r -> r.emailIdentity("one.example.com"))
                    .verifiedForSendingStatus()).isTrue();
            otherRegion.createEmailIdentity(r -> r.emailIdentity("three.example.com"));

            ses.deleteEmailIdentity(r -> r.emailIdentity("one.example.com"));
            ses.createEmailIdentity(r -> r.emailIdentity("three.example.com"));
        }
    }
}
