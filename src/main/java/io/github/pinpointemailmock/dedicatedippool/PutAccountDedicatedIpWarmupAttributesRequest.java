package io.github.pinpointemailmock.dedicatedippool;

/** The {@code PutAccountDedicatedIpWarmupAttributes} body of both faces. */
record PutAccountDedicatedIpWarmupAttributesRequest(Boolean AutoWarmupEnabled) {
}
