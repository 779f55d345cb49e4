package io.github.pinpointemailmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** Settings on the annotation reach the emulator, and the injected clients follow its default region. */
@PinpointEmailMockTest(properties = {"mock.account.sandbox=true", "mock.default-region=eu-west-1",
        "mock.dedicated-ip-pools=pool-a,pool-b"})
class PerClassSettingsIT {

    @Test
    void theAccountIsInTheSandboxAsTheAnnotationSays(SesV2Client v2, PinpointEmailClient v1) {
        assertThat(v2.getAccount(request -> { }).productionAccessEnabled()).isFalse();
        assertThat(v2.getAccount(request -> { }).sendQuota().max24HourSend()).isEqualTo(200);
        assertThat(v1.getAccount(request -> { }).productionAccessEnabled()).isFalse();
    }

    @Test
    void theClientsUseTheEmulatorsDefaultRegion(SesV2Client v2, PinpointEmailMock mock) {
        assertThat(v2.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);

        v2.createConfigurationSet(request -> request.configurationSetName("in-ireland"));

        assertThat(mock.state().values()).singleElement()
                .satisfies(scope -> assertThat(scope.path("region").asString()).isEqualTo("eu-west-1"));
    }

    @Test
    void aListSettingIsGivenCommaSeparated(PinpointEmailMock mock) {
        assertThat(mock.info().path("settings").path("dedicatedIpPools").values())
                .extracting(pool -> pool.asString()).containsExactly("pool-a", "pool-b");
    }
}
