package io.github.pinpointemailmock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.pinpointemailmock.config.MockProperties;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * How {@code withMockProperty} hands settings to the image: as {@code --name=value} arguments, which the image's entry
 * point passes to the application and Spring Boot binds, map keys included. No Docker engine needed.
 */
class PinpointEmailMockContainerTests {

    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:ses-events";

    @Test
    void theContainerExposesThePortAndPassesTheSettingsAsArguments() {
        try (PinpointEmailMockContainer container = PinpointEmailMockContainer.of("pinpoint-email-mock:test")
                .withMockProperty("mock.account.sandbox", "true")
                .withMockProperty("mock.dedicated-ip-pools", "pool-a,pool-b")) {
            assertThat(container.getExposedPorts()).containsExactly(8080);
            assertThat(container.getCommandParts())
                    .containsExactly("--mock.account.sandbox=true", "--mock.dedicated-ip-pools=pool-a,pool-b");
            assertThat(container.getEnvMap()).isEmpty();
        }
    }

    @Test
    void aNameGivenAgainKeepsOnlyItsLastValue() {
        try (PinpointEmailMockContainer container = PinpointEmailMockContainer.ofDefaultImage()
                .withMockProperty("mock.account.sandbox", "true")
                .withMockProperty("mock.default-region", "eu-west-1")
                .withMockProperty("mock.account.sandbox", "false")) {
            assertThat(container.getCommandParts())
                    .containsExactly("--mock.account.sandbox=false", "--mock.default-region=eu-west-1");
        }
    }

    @Test
    void aMapKeyWithColonsSurvivesAndSpringBootBindsIt() {
        try (PinpointEmailMockContainer container = PinpointEmailMockContainer.ofDefaultImage()
                .withMockProperty("mock.events.sns-http-subscriptions[" + TOPIC + "]",
                        "http://host.docker.internal:9000/a,http://host.docker.internal:9000/b")
                .withMockProperty("mock.auth.credentials[0].access-key-id", "AKIDEXAMPLE")
                .withMockProperty("mock.auth.credentials[0].secret-key", "secret")) {
            String[] args = container.getCommandParts();

            // What SpringApplication does with its arguments: a command-line property source, bound.
            StandardEnvironment environment = new StandardEnvironment();
            environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
            MockProperties settings = new Binder(ConfigurationPropertySources.get(environment))
                    .bindOrCreate("mock", MockProperties.class);

            assertThat(settings.events().snsHttpSubscriptions()).containsOnlyKeys(TOPIC);
            assertThat(settings.events().snsHttpSubscriptions().get(TOPIC)).containsExactly(
                    URI.create("http://host.docker.internal:9000/a"), URI.create("http://host.docker.internal:9000/b"));
            assertThat(settings.auth().credentials()).singleElement()
                    .satisfies(key -> assertThat(key.accessKeyId()).isEqualTo("AKIDEXAMPLE"));
        }
    }

    @Test
    void aNameThatIsNotAPropertyNameIsRefusedAtOnce() {
        try (PinpointEmailMockContainer container = PinpointEmailMockContainer.ofDefaultImage()) {
            assertThatThrownBy(() -> container.withMockProperty("--mock.account.sandbox", "true"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'--mock.account.sandbox'");
            assertThatThrownBy(() -> container.withMockProperty("mock.account.sandbox=true", "true"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> container.withMockProperty(" ", "true"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> container.withMockProperty("mock.account.sandbox", null))
                    .isInstanceOf(NullPointerException.class);
            assertThat(container.getCommandParts()).isEmpty();
        }
    }

    /** The image's entry point (docker/entrypoint.sh) with a stand-in {@code java} that writes down its arguments. */
    @Test
    void theImagesEntryPointHandsTheArgumentsToTheApplicationUnchanged(@TempDir Path bin)
            throws IOException, InterruptedException {
        Path entrypoint = Path.of("docker/entrypoint.sh");
        assumeTrue(Files.isRegularFile(entrypoint) && Files.isExecutable(Path.of("/bin/bash")),
                "needs bash and docker/entrypoint.sh");
        Path seen = bin.resolve("seen");
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/bash\nprintf '%s\\n' \"$@\" > '" + seen + "'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        String mapKey = "--mock.events.sns-http-subscriptions[" + TOPIC + "]=http://localhost:9000/";
        String spaced = "--spring.application.name=a name with spaces";

        List<String> command = new ArrayList<>(List.of("/bin/bash", entrypoint.toString(), mapKey, spaced));
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process run = process.start();
        assertThat(run.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(new String(run.getInputStream().readAllBytes())).isZero();

        List<String> javaArgs = Files.readAllLines(seen);
        assertThat(javaArgs).containsSubsequence("-jar", "/app/app.jar", mapKey, spaced);
        assertThat(javaArgs.subList(javaArgs.size() - 2, javaArgs.size())).containsExactly(mapKey, spaced);
    }
}
