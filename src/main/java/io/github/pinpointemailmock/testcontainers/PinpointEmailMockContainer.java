package io.github.pinpointemailmock.testcontainers;

import io.github.pinpointemailmock.junit.PinpointEmailMock;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The emulator's Docker image as a Testcontainers container: port 8080 exposed, ready once
 * {@code /actuator/health} answers 200.
 *
 * <pre>{@code
 * @Container
 * static PinpointEmailMockContainer pinpoint = PinpointEmailMockContainer.ofDefaultImage()
 *         .withMockProperty("mock.account.sandbox", "true");
 *
 * SesV2Client ses = SesV2Client.builder().endpointOverride(pinpoint.getEndpoint())...
 * }</pre>
 */
public class PinpointEmailMockContainer extends GenericContainer<PinpointEmailMockContainer> {

    /** The image the project's Dockerfile builds ({@code docker build -t pinpoint-email-mock .}). */
    public static final DockerImageName DEFAULT_IMAGE = DockerImageName.parse("pinpoint-email-mock:latest");
    public static final int PORT = 8080;

    /** The settings given so far, in order, by name: one argument each, a later value for a name replacing it. */
    private final Map<String, String> properties = new LinkedHashMap<>();

    /**
     * The one constructor (the project's rule); {@link #ofDefaultImage()} and {@link #of(String)} are the short
     * forms of the {@code ()} and {@code (String)} constructors Testcontainers modules often have.
     */
    public PinpointEmailMockContainer(DockerImageName image) {
        super(image);
        withExposedPorts(PORT);
        waitingFor(Wait.forHttp("/actuator/health").forPort(PORT).forStatusCode(200));
    }

    /** The {@link #DEFAULT_IMAGE}. */
    public static PinpointEmailMockContainer ofDefaultImage() {
        return new PinpointEmailMockContainer(DEFAULT_IMAGE);
    }

    /** Another image or tag, e.g. {@code of("pinpoint-email-mock:0.1.0")}. */
    public static PinpointEmailMockContainer of(String image) {
        return new PinpointEmailMockContainer(DockerImageName.parse(image));
    }

    /** Where the emulator answers from the test's side: {@code http://<host>:<mapped port>}. */
    public URI getEndpoint() {
        return URI.create("http://" + getHost() + ":" + getMappedPort(PORT));
    }

    /** The control plane of the running container. */
    public PinpointEmailMock getMock() {
        return PinpointEmailMock.at(getEndpoint());
    }

    /**
     * A setting of the emulator, by its property name as {@code application.properties} spells it
     * ({@code mock.account.sandbox}), passed to the application as the command-line argument
     * {@code --mock.account.sandbox=true} (the image's entry point hands its arguments to {@code java -jar}).
     *
     * <p>Arguments rather than environment variables because an environment variable cannot name a map key such as
     * a topic ARN: {@code mock.events.sns-http-subscriptions[arn:aws:sns:us-east-1:123456789012:events]} works here
     * as it is. A list element is named with its index ({@code mock.auth.credentials[0].access-key-id}); a list of
     * plain values can be given whole, comma-separated ({@code mock.dedicated-ip-pools}, {@code "pool-a,pool-b"}).
     * Giving a name again replaces its value. These arguments are the container's command: a later
     * {@link #withCommand} replaces them.
     */
    public PinpointEmailMockContainer withMockProperty(String name, String value) {
        Objects.requireNonNull(value, "value");
        if (name == null || name.isBlank() || name.startsWith("-") || name.contains("=")
                || !name.equals(name.strip())) {
            throw new IllegalArgumentException("A property name is like mock.account.sandbox, without dashes before"
                    + " it, '=' or spaces around it, not '" + name + "'");
        }
        properties.put(name, value);
        return withCommand(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new));
    }
}
