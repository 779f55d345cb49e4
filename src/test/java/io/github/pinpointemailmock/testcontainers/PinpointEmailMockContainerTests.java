package io.github.pinpointemailmock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@code withMockProperty} names its environment variables: Spring Boot's relaxed binding. */
class PinpointEmailMockContainerTests {

    @Test
    void aPropertyBecomesItsEnvironmentVariable() {
        assertThat(PinpointEmailMockContainer.environmentVariable("mock.account.sandbox"))
                .isEqualTo("MOCK_ACCOUNT_SANDBOX");
        assertThat(PinpointEmailMockContainer.environmentVariable("mock.dedicated-ip-pools"))
                .isEqualTo("MOCK_DEDICATEDIPPOOLS");
    }

    @Test
    void aListIndexBecomesAPartOfTheName() {
        assertThat(PinpointEmailMockContainer.environmentVariable("mock.auth.credentials[0].access-key-id"))
                .isEqualTo("MOCK_AUTH_CREDENTIALS_0_ACCESSKEYID");
    }

    @Test
    void theContainerExposesThePortAndPassesTheSettingsAsEnvironment() {
        try (PinpointEmailMockContainer container = new PinpointEmailMockContainer("pinpoint-email-mock:test")
                .withMockProperty("mock.account.sandbox", "true")) {
            assertThat(container.getExposedPorts()).containsExactly(8080);
            assertThat(container.getEnvMap()).containsEntry("MOCK_ACCOUNT_SANDBOX", "true");
        }
    }
}
