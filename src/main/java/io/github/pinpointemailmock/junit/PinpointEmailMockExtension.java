package io.github.pinpointemailmock.junit;

import io.github.pinpointemailmock.junit.PinpointEmailMockTest.Lifecycle;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link PinpointEmailMockTest}: starts the emulator in-process once per test class (or
 * once per JVM), resets it before each test, and resolves {@link URI}, {@code SesV2Client}, {@code PinpointEmailClient}
 * and {@link PinpointEmailMock} parameters.
 *
 * <p>Three ways to use it: {@code @PinpointEmailMockTest(...)}, {@code @ExtendWith(PinpointEmailMockExtension.class)}
 * (settings from a {@code @PinpointEmailMockTest} on the class if there is one, else the defaults), or a field
 * <pre>{@code
 * @RegisterExtension
 * static PinpointEmailMockExtension mock = PinpointEmailMockExtension.builder()
 *         .property("mock.account.sandbox", "true").resetOnEachTest(false).build();
 * }</pre>
 * whose {@link #endpoint()} and {@link #mock()} can then be used from the test itself. The SDK clients are closed when
 * the test (or, for a constructor's, the class) they were made for is done; the emulator when its class is done, or,
 * {@link Lifecycle#PER_JVM}, when the test run ends.
 */
public final class PinpointEmailMockExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PinpointEmailMockExtension.class);
    // By name, so that a project with only one of the two SDK clients never loads the other.
    private static final String SES_V2_CLIENT = "software.amazon.awssdk.services.sesv2.SesV2Client";
    private static final String PINPOINT_EMAIL_CLIENT =
            "software.amazon.awssdk.services.pinpointemail.PinpointEmailClient";

    /** Null when made by JUnit ({@code @ExtendWith}, {@code @PinpointEmailMockTest}): the class's annotation rules. */
    private final Settings configured;
    /** The emulator this instance last used: what {@link #endpoint()} and {@link #mock()} answer. */
    private volatile RunningMock current;

    /**
     * For {@code @ExtendWith} and {@code @PinpointEmailMockTest}: the settings of the class's
     * {@link PinpointEmailMockTest}, else the defaults.
     *
     * <p>The one exception to the project's one-constructor rule: JUnit makes an extension named in
     * {@code @ExtendWith} through a public no-argument constructor, while the {@link Builder} needs one that takes its
     * settings; a static factory cannot stand in for either.
     */
    public PinpointEmailMockExtension() {
        this(null);
    }

    /** The {@link Builder}'s: these settings whatever the class's annotation says. */
    private PinpointEmailMockExtension(Settings configured) {
        this.configured = configured;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The endpoint of the running emulator; only once a test class has started it. */
    public URI endpoint() {
        return running().endpoint();
    }

    /** The control plane of the running emulator; only once a test class has started it. */
    public PinpointEmailMock mock() {
        return running().controlPlane();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        mock(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        RunningMock mock = mock(context);
        if (settings(context).resetOnEachTest()) {
            mock.controlPlane().reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == URI.class || type == PinpointEmailMock.class
                || type.getName().equals(SES_V2_CLIENT) || type.getName().equals(PINPOINT_EMAIL_CLIENT);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Parameter parameter = parameterContext.getParameter();
        RunningMock mock = mock(extensionContext);
        Class<?> type = parameter.getType();
        if (type == URI.class) {
            return mock.endpoint();
        }
        if (type == PinpointEmailMock.class) {
            return mock.controlPlane();
        }
        AutoCloseable client = type.getName().equals(SES_V2_CLIENT)
                ? SdkClients.sesV2(mock.endpoint(), mock.clientSettings())
                : SdkClients.pinpointEmail(mock.endpoint(), mock.clientSettings());
        // Closed with the context it was made for: the test's, or the class's for a constructor parameter.
        extensionContext.getStore(NAMESPACE).put(UUID.randomUUID(), new Closing(client));
        return client;
    }

    private RunningMock running() {
        RunningMock mock = current;
        if (mock == null) {
            throw new IllegalStateException("The emulator is not running yet: it starts with the test class.");
        }
        return mock;
    }

    /** The emulator for this context: found in the store (the class's, an enclosing class's, the run's) or started. */
    private RunningMock mock(ExtensionContext context) {
        Settings settings = settings(context);
        ExtensionContext owner = settings.lifecycle() == Lifecycle.PER_JVM ? context.getRoot() : classContext(context);
        RunningMock mock = owner.getStore(NAMESPACE).getOrComputeIfAbsent(settings.key(),
                key -> RunningMock.start(settings.properties()), RunningMock.class);
        current = mock;
        return mock;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext at = context;
        while (at.getTestMethod().isPresent() && at.getParent().isPresent()) {
            at = at.getParent().get();
        }
        return at;
    }

    private Settings settings(ExtensionContext context) {
        if (configured != null) {
            return configured;
        }
        for (Optional<ExtensionContext> at = Optional.of(context); at.isPresent(); at = at.get().getParent()) {
            Optional<Class<?>> type = at.get().getTestClass();
            if (type.isPresent()) {
                Optional<PinpointEmailMockTest> annotation =
                        AnnotationSupport.findAnnotation(type.get(), PinpointEmailMockTest.class);
                if (annotation.isPresent()) {
                    return Settings.of(annotation.get());
                }
            }
        }
        return Settings.DEFAULTS;
    }

    /** How a {@link PinpointEmailMockExtension} made with {@link #builder()} runs the emulator. */
    public static final class Builder {

        private final List<String> properties = new ArrayList<>();
        private boolean resetOnEachTest = true;
        private Lifecycle lifecycle = Lifecycle.PER_CLASS;

        private Builder() {
        }

        /** A setting of the emulator, e.g. {@code property("mock.account.sandbox", "true")}. */
        public Builder property(String name, String value) {
            properties.add(name + "=" + value);
            return this;
        }

        /** Settings as {@code name=value}, as {@link PinpointEmailMockTest#properties()} takes them. */
        public Builder properties(String... nameValues) {
            properties.addAll(Arrays.asList(nameValues));
            return this;
        }

        /** Whether every test starts from an empty emulator; true unless set. */
        public Builder resetOnEachTest(boolean reset) {
            this.resetOnEachTest = reset;
            return this;
        }

        /** {@link Lifecycle#PER_CLASS} unless set. */
        public Builder lifecycle(Lifecycle lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        public PinpointEmailMockExtension build() {
            return new PinpointEmailMockExtension(new Settings(List.copyOf(properties), resetOnEachTest, lifecycle));
        }
    }

    /** The settings of one use; emulators with the same {@link #key()} are shared where the lifecycle allows. */
    record Settings(List<String> properties, boolean resetOnEachTest, Lifecycle lifecycle) {

        static final Settings DEFAULTS = new Settings(List.of(), true, Lifecycle.PER_CLASS);

        Settings {
            for (String property : properties) {
                if (property.indexOf('=') < 1) {
                    throw new IllegalArgumentException("A property is name=value, not " + property);
                }
            }
        }

        static Settings of(PinpointEmailMockTest annotation) {
            return new Settings(List.of(annotation.properties()), annotation.resetOnEachTest(),
                    annotation.lifecycle());
        }

        /** The same properties in any order are the same emulator. */
        String key() {
            return "emulator " + lifecycle + " " + new TreeSet<>(properties);
        }
    }

    /** A client in the store: closed with the context, by JUnit 5.13 and later as by earlier versions. */
    private record Closing(AutoCloseable client) implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        @Override
        public void close() throws Exception {
            client.close();
        }
    }
}
