package io.github.pinpointemailmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.EventType;
import tools.jackson.databind.JsonNode;

/** {@link PinpointEmailMock#events()} against the real {@code /_mock/events}, as the extension injects it. */
@PinpointEmailMockTest
class EventsThroughTheExtensionIT {

    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:ses-events";

    @BeforeEach
    void aConfigurationSetWithAnEventDestination(SesV2Client ses) {
        ses.createEmailIdentity(request -> request.emailIdentity("example.com"));
        ses.createConfigurationSet(request -> request.configurationSetName("tracked"));
        ses.createConfigurationSetEventDestination(request -> request.configurationSetName("tracked")
                .eventDestinationName("to-sns")
                .eventDestination(d -> d.enabled(true)
                        .matchingEventTypes(EventType.SEND, EventType.DELIVERY, EventType.BOUNCE)
                        .snsDestination(s -> s.topicArn(TOPIC))));
    }

    @Test
    void aBounceIsFoundByItsMessageIdAndType(SesV2Client ses, PinpointEmailMock mock) {
        String messageId = send(ses, "bounce@simulator.amazonses.com");

        List<JsonNode> bounces = mock.events().messageId(messageId).type("Bounce").list();

        assertThat(bounces).singleElement().satisfies(bounce -> {
            assertThat(bounce.path("eventType").asString()).isEqualTo("Bounce");
            assertThat(bounce.path("messageId").asString()).isEqualTo(messageId);
            assertThat(bounce.path("configurationSet").asString()).isEqualTo("tracked");
            assertThat(bounce.path("recipient").asString()).isEqualTo("bounce@simulator.amazonses.com");
            assertThat(bounce.path("destination").path("name").asString()).isEqualTo("to-sns");
            assertThat(bounce.path("event").path("bounce").path("bounceType").asString()).isEqualTo("Permanent");
        });
        assertThat(mock.events().messageId(messageId).list()).extracting(event -> event.path("eventType").asString())
                .containsExactly("Bounce", "Send");
        assertThat(mock.events().messageId(messageId).type("BOUNCE").list()).hasSize(1);
        assertThat(mock.events().messageId(messageId).type("Delivery").list()).isEmpty();
    }

    @Test
    void theFiltersNarrowAndDeleteTakesOnlyWhatMatches(SesV2Client ses, PinpointEmailMock mock) {
        String bounced = send(ses, "bounce@simulator.amazonses.com");
        String delivered = send(ses, "success@simulator.amazonses.com");

        assertThat(mock.events().recipient("SUCCESS@simulator.amazonses.com").list())
                .extracting(event -> event.path("messageId").asString()).containsExactly(delivered);
        assertThat(mock.events().destination("to-sns").configurationSet("tracked").type("Send").list())
                .extracting(event -> event.path("messageId").asString()).containsExactly(delivered, bounced);
        assertThat(mock.events().destination("elsewhere").list()).isEmpty();

        assertThat(mock.events().messageId(bounced).delete()).isEqualTo(2);

        assertThat(mock.events().messageId(bounced).list()).isEmpty();
        assertThat(mock.events().messageId(delivered).list()).hasSize(2);
    }

    @Test
    void anUnknownTypeIsTheEmulatorsBadRequest(PinpointEmailMock mock) {
        assertThatThrownBy(() -> mock.events().type("Bounced").list())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /_mock/events?type=Bounced answered 400")
                .hasMessageContaining("type Bounced is not an event type");
    }

    private static String send(SesV2Client ses, String to) {
        return ses.sendEmail(request -> request.fromEmailAddress("hello@example.com")
                .destination(d -> d.toAddresses(to)).configurationSetName("tracked")
                .content(c -> c.simple(m -> m.subject(s -> s.data("Hi")).body(b -> b.text(t -> t.data("Hi."))))))
                .messageId();
    }
}
