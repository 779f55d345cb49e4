package io.github.pinpointemailmock.support;

import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;

/** Real Pinpoint Email SDK clients pointed at the emulator, with retries off. */
public final class PinpointEmailClients {

    public static final String ACCOUNT = "111122223333";

    private PinpointEmailClients() {
    }

    public static PinpointEmailClient forPort(int port) {
        return forPort(port, ACCOUNT, "us-east-1");
    }

    public static PinpointEmailClient forPort(int port, String accessKeyId, String region) {
        return LocalEndpoint.build(PinpointEmailClient.builder(), port, accessKeyId, region);
    }
}
