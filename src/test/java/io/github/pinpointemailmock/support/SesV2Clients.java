package io.github.pinpointemailmock.support;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** Real SES v2 SDK clients pointed at the emulator, with retries off so every error surfaces at once. */
public final class SesV2Clients {

    private SesV2Clients() {
    }

    public static SesV2Client forPort(int port) {
        return forPort(port, PinpointEmailClients.ACCOUNT, "us-east-1");
    }

    public static SesV2Client forPort(int port, String accessKeyId, String region) {
        return SesV2Client.builder()
                .endpointOverride(URI.create("http://localhost:" + port))
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(accessKeyId, "test-secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
