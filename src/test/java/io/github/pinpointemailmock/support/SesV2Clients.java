package io.github.pinpointemailmock.support;

import software.amazon.awssdk.services.sesv2.SesV2Client;

/** Real SES v2 SDK clients pointed at the emulator, with retries off. */
public final class SesV2Clients {

    private SesV2Clients() {
    }

    public static SesV2Client forPort(int port) {
        return forPort(port, PinpointEmailClients.ACCOUNT, "us-east-1");
    }

    public static SesV2Client forPort(int port, String accessKeyId, String region) {
        return LocalEndpoint.build(SesV2Client.builder(), port, accessKeyId, region);
    }
}
