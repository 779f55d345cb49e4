package io.github.pinpointemailmock.dedicatedippool;

import jakarta.validation.constraints.NotNull;

/** The {@code PutDedicatedIpInPool} body of both faces; the IP is in the path. */
record PutDedicatedIpInPoolRequest(@NotNull String DestinationPoolName) {
}
