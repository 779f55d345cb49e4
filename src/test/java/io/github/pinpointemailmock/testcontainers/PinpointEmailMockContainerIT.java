package io.github.pinpointemailmock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.pinpointemailmock.junit.PinpointEmailMock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The container against the real image, when this machine has a Docker engine and the image
 * ({@code docker build -t pinpoint-email-mock .}); skipped, saying which is missing, otherwise.
 */
class PinpointEmailMockContainerIT {

    /** The image to test; {@code -Dpinpoint-email-mock.image=name:tag} picks another. */
    private static final String IMAGE = System.getProperty("pinpoint-email-mock.image",
            PinpointEmailMockContainer.DEFAULT_IMAGE.asCanonicalNameString());

    /** A map key with colons, which no environment variable could name. */
    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:ses-events";

    private static PinpointEmailMockContainer container;
    /** Why the test cannot run here, or null when it can. */
    private static String missing;

    @BeforeAll
    static void startTheContainer() {
        if (!dockerAvailable()) {
            missing = "Skipped: no Docker engine here; the container test needs one and the image " + IMAGE
                    + " (docker build -t pinpoint-email-mock .)";
        } else if (!imageExists()) {
            missing = "Skipped: no image " + IMAGE
                    + " in the local Docker engine; build it with `docker build -t pinpoint-email-mock .`";
        } else {
            container = PinpointEmailMockContainer.of(IMAGE).withMockProperty("mock.account.sandbox", "true")
                    .withMockProperty("mock.dedicated-ip-pools", "pool-a,pool-b")
                    .withMockProperty("mock.events.sns-http-subscriptions[" + TOPIC + "]", "http://localhost:9/");
            container.start();
        }
        if (missing != null) {
            System.out.println(missing);
        }
    }

    /** Per test rather than per class, so that the report counts the test as skipped, with the reason. */
    @BeforeEach
    void needsTheContainer() {
        assumeTrue(missing == null, missing);
    }

    @AfterAll
    static void stopTheContainer() {
        if (container != null) {
            container.stop();
        }
    }

    @Test
    void theContainerServesTheApiWithItsSettings() {
        try (SesV2Client ses = SesV2Client.builder()
                .endpointOverride(container.getEndpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build()) {
            assertThat(ses.getAccount(request -> { }).productionAccessEnabled()).isFalse();
            assertThat(ses.listDedicatedIpPools(request -> { }).dedicatedIpPools())
                    .containsExactlyInAnyOrder("pool-a", "pool-b");

            ses.createEmailIdentity(request -> request.emailIdentity("example.com"));
            ses.sendEmail(request -> request.fromEmailAddress("hello@example.com")
                    .destination(d -> d.toAddresses("you@example.com"))
                    .content(c -> c.simple(m -> m.subject(s -> s.data("From the container"))
                            .body(b -> b.text(t -> t.data("Hi."))))));

            PinpointEmailMock mock = container.getMock();
            assertThat(mock.info().path("settings").path("events").path("snsHttpSubscriptions").path(TOPIC)
                    .path(0).asString()).isEqualTo("http://localhost:9/");
            assertThat(mock.emails().to("you@example.com").await(1, Duration.ofSeconds(10)))
                    .extracting(PinpointEmailMock.Email::subject).containsExactly("From the container");
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean imageExists() {
        try {
            DockerClientFactory.instance().client()
                    .inspectImageCmd(IMAGE).exec();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
