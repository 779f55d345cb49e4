package io.github.pinpointemailmock.junit;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * AWS SDK clients pointed at the emulator, with retries off so that injected faults and throttling reach the test on
 * the first call. Loaded only when a test asks for a client, so the SDK stays an optional dependency; each method
 * touches one service's classes only (and the SDK's core, which both bring).
 */
final class SdkClients {

    private SdkClients() {
    }

    /** The credentials and region the clients use. */
    record Settings(String accessKeyId, String secretKey, String region) {
    }

    static SesV2Client sesV2(URI endpoint, Settings settings) {
        return pointedAt(SesV2Client.builder(), endpoint, settings);
    }

    static PinpointEmailClient pinpointEmail(URI endpoint, Settings settings) {
        return pointedAt(PinpointEmailClient.builder(), endpoint, settings);
    }

    private static <B extends AwsClientBuilder<B, C>, C> C pointedAt(B builder, URI endpoint, Settings settings) {
        return builder
                .endpointOverride(endpoint)
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKeyId(), settings.secretKey())))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
