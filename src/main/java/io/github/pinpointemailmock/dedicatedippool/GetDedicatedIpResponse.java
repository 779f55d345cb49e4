package io.github.pinpointemailmock.dedicatedippool;

/** The {@code GetDedicatedIp} output of both faces. */
record GetDedicatedIpResponse(DedicatedIpView DedicatedIp) {
}
