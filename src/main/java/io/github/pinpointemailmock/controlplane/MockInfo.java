package io.github.pinpointemailmock.controlplane;

import io.github.pinpointemailmock.config.MockProperties;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /_mock/info}: what is running and with which settings. Secret keys are never shown.
 *
 * @param uptimeSeconds seconds since the JVM started
 * @param storage       where resources are kept; {@code in-memory} is the one store there is
 * @param settings      every {@code mock.*} setting in force ({@link MockSettings}), secrets left out
 * @param counts        each feature's running counts under its own member ({@code emails}: the captured mail kept
 *                      and dropped; {@code smtpRelay}: relayed, failed, dropped...), shown beside the others
 */
record MockInfo(String version, long uptimeSeconds, String storage, ObjectNode settings,
                @JsonAnyGetter Map<String, Object> counts) {

    /**
     * The {@code mock.*} settings of {@link MockProperties}, with each credential's secret left out; the settings
     * features bind on their own are merged in by {@link MockSettings}.
     */
    public record Settings(String defaultAccount, String defaultRegion, long maxRequestBodyBytes,
                           Map<String, Long> maxRequestBodyBytesPerOperation, List<String> dedicatedIpPools, MockProperties.Limits limits,
                           MockProperties.Throttle throttle, MockProperties.Validation validation, Auth auth,
                           MockProperties.RequestLog requestLog, MockProperties.Account account,
                           MockProperties.Sending sending,
                           Emails emails, SmtpRelaySettings smtpRelay, EventsSettings events,
                           List<String> dedicatedIps) {

        static Settings of(MockProperties properties) {
            MockProperties.Auth auth = properties.auth();
            return new Settings(properties.defaultAccount(), properties.defaultRegion(),
                    properties.maxRequestBodySize().toBytes(), perOperation(properties),
                    properties.dedicatedIpPools(), properties.limits(),
                    properties.throttle(), properties.validation(),
                    new Auth(auth.mode().name().toLowerCase(Locale.ROOT), auth.credentials().stream()
                            .map(credential -> new Key(credential.accessKeyId(), credential.accountId())).toList()),
                    properties.requestLog(), properties.account(), properties.sending(),
                    new Emails(properties.emails().maxStored(), properties.emails().maxStoredBytes().toBytes()),
                    SmtpRelaySettings.of(properties.smtpRelay()), EventsSettings.of(properties.events()),
                    properties.dedicatedIps());
        }

        private static Map<String, Long> perOperation(MockProperties properties) {
            Map<String, Long> limits = new TreeMap<>();
            properties.maxRequestBodySizePerOperation()
                    .forEach((operation, size) -> limits.put(operation.operationName(), size.toBytes()));
            return limits;
        }
    }

    /** {@code mock.emails.*}, the sizes in bytes. */
    public record Emails(int maxStored, long maxStoredBytes) {
    }

    /** {@code mock.smtp-relay.*} without the password. */
    public record SmtpRelaySettings(boolean enabled, String host, int port, String username, boolean starttls,
                                    int queueSize) {

        static SmtpRelaySettings of(MockProperties.SmtpRelay relay) {
            return new SmtpRelaySettings(relay.enabled(), relay.host(), relay.port(), relay.username(),
                    relay.starttls(), relay.queueSize());
        }
    }

    /** {@code mock.events.*} without the secret key. */
    public record EventsSettings(URI endpoint, MockProperties.Events.Endpoints endpoints,
                                 Map<String, List<URI>> snsHttpSubscriptions, String accessKeyId,
                                 MockProperties.Events.Delivery delivery) {

        static EventsSettings of(MockProperties.Events events) {
            return new EventsSettings(events.endpoint(), events.endpoints(),
                    new TreeMap<>(events.snsHttpSubscriptions()), events.accessKeyId(), events.delivery());
        }
    }

    public record Auth(String mode, List<Key> credentials) {
    }

    public record Key(String accessKeyId, String accountId) {
    }
}
