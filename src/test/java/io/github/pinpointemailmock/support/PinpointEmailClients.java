package io.github.pinpointemailmock.support;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;

/** Real AWS SDK clients pointed at the emulator, with retries off so every error surfaces at once. */
public final class PinpointEmailClients {

    public static final String ACCOUNT = "111122223333";

    private PinpointEmailClients() {
    }

    public static PinpointEmailClient forPort(int port) {
        return forPort(port, ACCOUNT, "us-east-1");
    }

    public static PinpointEmailClient forPort(int port, String accessKeyId, String region) {
        return PinpointEmailClient.builder()
                .endpointOverride(URI.create("http://localhost:" + port))
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(accessKeyId, "test-secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
