package io.github.pinpointemailmock.junit;

import io.github.pinpointemailmock.PinpointEmailMockApplication;
import io.github.pinpointemailmock.config.MockProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One emulator started in-process by the extension, kept in a JUnit store so that JUnit closes it with the class (or
 * the run) that owns it.
 */
final class RunningMock implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /**
     * The application's own {@code application.properties} is read from the emulator's jar and given as arguments,
     * while Spring Boot looks for a config file of this name instead: so an {@code application.properties} of the
     * project under test, earlier on the class path, neither hides the emulator's nor leaks into it.
     */
    private static final String CONFIG_NAME = "pinpoint-email-mock-junit";

    private final ConfigurableApplicationContext context;
    private final URI endpoint;
    private final PinpointEmailMock controlPlane;
    private final SdkClients.Settings clientSettings;

    private RunningMock(ConfigurableApplicationContext context, URI endpoint, SdkClients.Settings clientSettings) {
        this.context = context;
        this.endpoint = endpoint;
        this.controlPlane = PinpointEmailMock.at(endpoint);
        this.clientSettings = clientSettings;
    }

    /** Starts the emulator on a random port of 127.0.0.1, with these {@code name=value} settings. */
    static RunningMock start(List<String> properties) {
        // One argument per name: Spring Boot joins a repeated command-line argument into a list.
        Map<String, String> args = new LinkedHashMap<>();
        applicationProperties().forEach((name, value) -> args.put((String) name, (String) value));
        args.put("spring.config.name", CONFIG_NAME);
        args.put("server.port", "0");
        args.put("server.address", "127.0.0.1");
        args.put("spring.main.banner-mode", "off");
        args.put("spring.main.log-startup-info", "false");
        // JMX off: several emulators in one JVM must not fight over MBean names.
        args.put("spring.jmx.enabled", "false");
        // The server's start and stop are not the test's news; a property given below can turn them back on.
        args.put("logging.level.org.eclipse.jetty", "WARN");
        args.put("logging.level.org.springframework.boot", "WARN");
        args.put("logging.level.org.springframework.web", "WARN");
        for (String property : properties) {
            int equals = property.indexOf('=');
            args.put(property.substring(0, equals).trim(), property.substring(equals + 1).trim());
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PinpointEmailMockApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(true)
                .run(args.entrySet().stream().map(arg -> "--" + arg.getKey() + "=" + arg.getValue())
                        .toArray(String[]::new));
        try {
            String port = context.getEnvironment().getProperty("local.server.port");
            if (port == null) {
                throw new IllegalStateException("The emulator started without a web server");
            }
            MockProperties settings = context.getBean(MockProperties.class);
            MockProperties.Auth.Credential key = settings.auth().credentials().isEmpty() ? null
                    : settings.auth().credentials().get(0);
            // Off: any key will do, and the default account's id as the key keeps clients in the default account.
            // Strict: the first configured key, so that the clients' requests are signed with a key it knows.
            SdkClients.Settings clients = key == null
                    ? new SdkClients.Settings(settings.defaultAccount(), "secret", settings.defaultRegion())
                    : new SdkClients.Settings(key.accessKeyId(), key.secretKey(), settings.defaultRegion());
            return new RunningMock(context, URI.create("http://127.0.0.1:" + port), clients);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    URI endpoint() {
        return endpoint;
    }

    PinpointEmailMock controlPlane() {
        return controlPlane;
    }

    SdkClients.Settings clientSettings() {
        return clientSettings;
    }

    @Override
    public void close() {
        context.close();
    }

    /** The {@code application.properties} of the jar (or directory) the emulator's classes come from. */
    private static Properties applicationProperties() {
        ClassLoader loader = PinpointEmailMockApplication.class.getClassLoader();
        URL home = PinpointEmailMockApplication.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            for (URL candidate : Collections.list(loader.getResources("application.properties"))) {
                String url = candidate.toString();
                if (url.equals(home + "application.properties") || url.equals("jar:" + home + "!/application.properties")) {
                    Properties properties = new Properties();
                    try (InputStream in = candidate.openStream()) {
                        properties.load(in);
                    }
                    return properties;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No application.properties beside " + home);
    }
}
