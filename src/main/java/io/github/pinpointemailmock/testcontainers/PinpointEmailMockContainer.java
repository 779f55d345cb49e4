package io.github.pinpointemailmock.testcontainers;

import io.github.pinpointemailmock.junit.PinpointEmailMock;
import java.net.URI;
import java.util.Locale;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The emulator's Docker image as a Testcontainers container: port 8080 exposed, ready once
 * {@code /actuator/health} answers 200.
 *
 * <pre>{@code
 * @Container
 * static PinpointEmailMockContainer pinpoint = new PinpointEmailMockContainer()
 *         .withMockProperty("mock.account.sandbox", "true");
 *
 * SesV2Client ses = SesV2Client.builder().endpointOverride(pinpoint.getEndpoint())...
 * }</pre>
 */
public class PinpointEmailMockContainer extends GenericContainer<PinpointEmailMockContainer> {

    /** The image the project's Dockerfile builds ({@code docker build -t pinpoint-email-mock .}). */
    public static final DockerImageName DEFAULT_IMAGE = DockerImageName.parse("pinpoint-email-mock:latest");
    public static final int PORT = 8080;

    /** The {@link #DEFAULT_IMAGE}. */
    public PinpointEmailMockContainer() {
        this(DEFAULT_IMAGE);
    }

    public PinpointEmailMockContainer(String image) {
        this(DockerImageName.parse(image));
    }

    public PinpointEmailMockContainer(DockerImageName image) {
        super(image);
        withExposedPorts(PORT);
        waitingFor(Wait.forHttp("/actuator/health").forPort(PORT).forStatusCode(200));
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
     * A setting of the emulator, by its property name ({@code mock.account.sandbox}), passed as the environment
     * variable Spring Boot reads it from ({@code MOCK_ACCOUNT_SANDBOX}). A list element or a map entry is named with
     * its index or key, e.g. {@code mock.auth.credentials[0].access-key-id} becomes
     * {@code MOCK_AUTH_CREDENTIALS_0_ACCESSKEYID}; a list of plain values can also be given whole, comma-separated
     * ({@code mock.dedicated-ip-pools}, {@code "pool-a,pool-b"}).
     */
    public PinpointEmailMockContainer withMockProperty(String name, String value) {
        return withEnv(environmentVariable(name), value);
    }

    /**
     * Spring Boot's relaxed binding from environment variables: dots and brackets become underscores, dashes go,
     * letters are upper case.
     */
    static String environmentVariable(String propertyName) {
        StringBuilder name = new StringBuilder();
        for (char c : propertyName.toCharArray()) {
            if (c == '.' || c == '[') {
                name.append('_');
            } else if (c != '-' && c != ']') {
                name.append(c);
            }
        }
        return name.toString().toUpperCase(Locale.ROOT);
    }
}
