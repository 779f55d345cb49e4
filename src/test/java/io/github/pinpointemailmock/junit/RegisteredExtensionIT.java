package io.github.pinpointemailmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** {@code @RegisterExtension} with the builder: settings in code, and state kept from one test to the next. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegisteredExtensionIT {

    @RegisterExtension
    static final PinpointEmailMockExtension EMULATOR = PinpointEmailMockExtension.builder()
            .property("mock.limits.configuration-sets", "1")
            .resetOnEachTest(false)
            .build();

    @Test
    @Order(1)
    void theFieldGivesTheEndpointAndTheControlPlane(SesV2Client ses) {
        assertThat(EMULATOR.endpoint()).isEqualTo(EMULATOR.mock().endpoint());
        assertThat(EMULATOR.mock().info().path("settings").path("limits").path("configurationSets").asInt())
                .isEqualTo(1);

        ses.createConfigurationSet(request -> request.configurationSetName("kept"));
    }

    @Test
    @Order(2)
    void withoutResetTheNextTestSeesWhatTheLastOneCreated(SesV2Client ses) {
        assertThat(ses.listConfigurationSets(request -> { }).configurationSets()).containsExactly("kept");
    }
}
