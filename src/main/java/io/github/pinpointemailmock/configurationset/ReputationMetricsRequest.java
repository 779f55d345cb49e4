package io.github.pinpointemailmock.configurationset;

/** The {@code PutConfigurationSetReputationOptions} body: only the switch; a last fresh start is not settable. */
record ReputationMetricsRequest(Boolean ReputationMetricsEnabled) {
}
