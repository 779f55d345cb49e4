package io.github.pinpointemailmock.eventdelivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SnsHttpSubscriberTests {

    private static final String TOPIC = "arn:aws:sns:eu-west-1:111122223333:ses-events";
    private static final URI URL = URI.create("http://127.0.0.1:9000/sns");

    private final SnsHttpSubscriber subscriber = new SnsHttpSubscriber(HttpClient.newHttpClient(),
            Duration.ofSeconds(1));

    @Test
    void theEnvelopeHasSnsNotificationMembersInSnsOrderWithTheEventAsMessage() {
        String event = SampleEvents.bounce("m-1", "111122223333", "my-set");

        SnsHttpSubscriber.Notification notification = subscriber.notification(TOPIC, URL, event,
                Instant.parse("2026-12-02T08:00:01.5Z"));

        JsonNode envelope = JsonMapper.builder().build().readTree(notification.body());
        List<String> members = new ArrayList<>(envelope.propertyNames());
        assertThat(members).containsExactly("Type", "MessageId", "TopicArn", "Message", "Timestamp",
                "SignatureVersion", "Signature", "SigningCertURL", "UnsubscribeURL");
        assertThat(envelope.get("Type").asString()).isEqualTo("Notification");
        assertThat(envelope.get("MessageId").asString()).isEqualTo(notification.messageId())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(envelope.get("TopicArn").asString()).isEqualTo(TOPIC);
        assertThat(envelope.get("Message").asString()).isEqualTo(event);
        assertThat(envelope.get("Timestamp").asString()).isEqualTo("2026-12-02T08:00:01.500Z");
        assertThat(envelope.get("SignatureVersion").asString()).isEqualTo("1");
        assertThat(envelope.get("SigningCertURL").asString()).startsWith("https://sns.eu-west-1.amazonaws.com/")
                .endsWith(".pem");
        assertThat(envelope.get("UnsubscribeURL").asString()).isEqualTo(
                "https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn="
                        + notification.subscriptionArn());
        assertThat(notification.subscriptionArn()).startsWith(TOPIC + ":")
                .isEqualTo(SnsHttpSubscriber.subscriptionArn(TOPIC, URL));
    }

    @Test
    void theSignatureIsSha1WithRsaOverSnsStringToSign() throws Exception {
        String event = "{\"eventType\":\"Send\"}";
        SnsHttpSubscriber.Notification notification = subscriber.notification(TOPIC, URL, event,
                Instant.parse("2026-12-02T08:00:00Z"));
        JsonNode envelope = JsonMapper.builder().build().readTree(notification.body());

        String stringToSign = "Message\n" + event + "\nMessageId\n" + notification.messageId()
                + "\nTimestamp\n2026-12-02T08:00:00.000Z\nTopicArn\n" + TOPIC + "\nType\nNotification\n";
        Signature verifier = Signature.getInstance("SHA1withRSA");
        verifier.initVerify(subscriber.verificationKey());
        verifier.update(stringToSign.getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(envelope.get("Signature").asString()))).isTrue();
    }

    @Test
    void eachNotificationHasItsOwnMessageIdAndTheSameSubscriptionForTheSameUrl() {
        SnsHttpSubscriber.Notification first = subscriber.notification(TOPIC, URL, "{}", Instant.EPOCH);
        SnsHttpSubscriber.Notification second = subscriber.notification(TOPIC, URL, "{}", Instant.EPOCH);
        SnsHttpSubscriber.Notification elsewhere = subscriber.notification(TOPIC,
                URI.create("http://127.0.0.1:9001/other"), "{}", Instant.EPOCH);

        assertThat(first.messageId()).isNotEqualTo(second.messageId());
        assertThat(first.subscriptionArn()).isEqualTo(second.subscriptionArn())
                .isNotEqualTo(elsewhere.subscriptionArn());
    }
}
