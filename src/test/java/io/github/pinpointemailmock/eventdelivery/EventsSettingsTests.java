package io.github.pinpointemailmock.eventdelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.config.MockProperties.Events;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code mock.events.*} as Spring binds it, and the values that stop the application at startup. */
class EventsSettingsTests {

    private static final Events.Endpoints NO_ENDPOINTS = new Events.Endpoints(null, null, null, null);

    private static Events bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("mock", MockProperties.class).events();
    }

    @Test
    void nothingIsPublishedByDefault() {
        Events events = bind(Map.of());

        assertThat(events.endpoint()).isNull();
        assertThat(events.endpoints()).isEqualTo(NO_ENDPOINTS);
        assertThat(events.snsHttpSubscriptions()).isEmpty();
        assertThat(events.accessKeyId()).isNull();
        assertThat(events.secretAccessKey()).isEqualTo("test");
        assertThat(events.delivery()).isEqualTo(Events.Delivery.DEFAULTS);
        assertThat(events.delivery()).isEqualTo(new Events.Delivery(10_000, 3, Duration.ofMillis(200), 2,
                Duration.ofSeconds(5)));
    }

    @Test
    void aTopicArnInBracketsKeepsItsColonsAndTakesSeveralUrls() {
        Events events = bind(Map.of(
                "mock.events.endpoint", "http://localhost:4566",
                "mock.events.endpoints.cloudwatch", "http://localhost:5000",
                "mock.events.sns-http-subscriptions[arn:aws:sns:us-east-1:000000000000:ses-events]",
                "http://localhost:9000/a,http://localhost:9000/b",
                "mock.events.delivery.backoff", "1s"));

        assertThat(events.endpoint()).isEqualTo(URI.create("http://localhost:4566"));
        assertThat(events.endpoints().cloudwatch()).isEqualTo(URI.create("http://localhost:5000"));
        assertThat(events.snsHttpSubscriptions()).containsExactly(Map.entry(
                "arn:aws:sns:us-east-1:000000000000:ses-events",
                List.of(URI.create("http://localhost:9000/a"), URI.create("http://localhost:9000/b"))));
        assertThat(events.delivery().backoff()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anEndpointThatIsNotAnHttpUrlIsRefused() {
        assertThatThrownBy(() -> new Events(URI.create("ftp://localhost:21"), NO_ENDPOINTS, Map.of(), null, "test",
                Events.Delivery.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mock.events.endpoint must be an http:// or https:// URL with a host, "
                        + "not 'ftp://localhost:21'");
        assertThatThrownBy(() -> new Events(null, new Events.Endpoints(URI.create("localhost:4566"), null, null, null),
                Map.of(), null, "test", Events.Delivery.DEFAULTS))
                .hasMessageStartingWith("mock.events.endpoints.sns must be an http:// or https:// URL");
    }

    @Test
    void aSubscriptionKeyedByAnythingButATopicArnIsRefused() {
        assertThatThrownBy(() -> new Events(null, NO_ENDPOINTS,
                Map.of("ses-events", List.of(URI.create("http://localhost:9000/"))), null, "test",
                Events.Delivery.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mock.events.sns-http-subscriptions: 'ses-events' is not an SNS topic ARN "
                        + "(arn:aws:sns:<region>:<account>:<topic>)");
    }

    @Test
    void theSecretKeyIsNeverPrinted() {
        Events events = new Events(null, NO_ENDPOINTS, Map.of(), "AKIDEXAMPLE", "s3cr3t-value",
                Events.Delivery.DEFAULTS);

        assertThat(events.toString()).contains("AKIDEXAMPLE").doesNotContain("s3cr3t-value");
    }

    @Test
    void aTimeoutOfZeroIsRefused() {
        assertThatThrownBy(() -> new Events.Delivery(10, 3, Duration.ZERO, 1, Duration.ZERO))
                .hasMessage("mock.events.delivery.timeout must be positive");
    }
}
