package io.github.pinpointemailmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** In strict mode the injected clients sign with the first configured key, so they are let in, as its account. */
@PinpointEmailMockTest(properties = {"mock.auth.mode=strict",
        "mock.auth.credentials[0].access-key-id=AKIAIOSFODNN7EXAMPLE",
        "mock.auth.credentials[0].secret-key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "mock.auth.credentials[0].account-id=111122223333"})
class StrictAuthThroughTheExtensionIT {

    @Test
    void theInjectedClientSignsWithTheConfiguredKey(SesV2Client ses, PinpointEmailMock mock) {
        ses.createConfigurationSet(request -> request.configurationSetName("signed"));

        assertThat(mock.state().values()).singleElement()
                .satisfies(scope -> assertThat(scope.path("account").asString()).isEqualTo("111122223333"));
    }
}
