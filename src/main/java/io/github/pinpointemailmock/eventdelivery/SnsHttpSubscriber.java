package io.github.pinpointemailmock.eventdelivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delivers to an HTTP endpoint as SNS delivers a topic's notification to an HTTP subscriber: a POST of the
 * notification envelope (SNS's "HTTP/HTTPS notification JSON format") with SNS's {@code x-amz-sns-*} headers, as
 * {@code text/plain; charset=UTF-8}. A 2xx answer is delivered; a 429 or 5xx is tried again; any other answer is a
 * failure SNS would not retry either. The envelope is signed (SignatureVersion 1, SHA1withRSA over SNS's string to
 * sign) with a key made at start-up, whose certificate is published nowhere: a subscriber must not verify signatures
 * against the emulator, as against LocalStack or moto.
 */
final class SnsHttpSubscriber {

    static final String USER_AGENT = "Amazon Simple Notification Service Agent";
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final Duration timeout;
    private volatile KeyPair signingKey;

    SnsHttpSubscriber(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /** The subscription SNS would have made for this URL: one per topic and URL, always the same. */
    static String subscriptionArn(String topicArn, URI url) {
        return topicArn + ":" + UUID.nameUUIDFromBytes(url.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One notification; a retry sends the same one again, as SNS keeps the message id across retries. */
    record Notification(String topicArn, String subscriptionArn, String messageId, String body) {
    }

    Notification notification(String topicArn, URI url, String message, Instant published) {
        String region = Arn.parse(topicArn).region();
        String messageId = UUID.randomUUID().toString();
        String timestamp = TIMESTAMP.format(published);
        String subscriptionArn = subscriptionArn(topicArn, url);
        ObjectNode envelope = JSON.createObjectNode();
        // The members in the order SNS writes them.
        envelope.put("Type", "Notification");
        envelope.put("MessageId", messageId);
        envelope.put("TopicArn", topicArn);
        envelope.put("Message", message);
        envelope.put("Timestamp", timestamp);
        envelope.put("SignatureVersion", "1");
        envelope.put("Signature", sign("Message\n" + message + "\nMessageId\n" + messageId + "\nTimestamp\n"
                + timestamp + "\nTopicArn\n" + topicArn + "\nType\nNotification\n"));
        envelope.put("SigningCertURL", "https://sns." + region
                + ".amazonaws.com/SimpleNotificationService-pinpoint-email-mock.pem");
        envelope.put("UnsubscribeURL", "https://sns." + region
                + ".amazonaws.com/?Action=Unsubscribe&SubscriptionArn=" + subscriptionArn);
        return new Notification(topicArn, subscriptionArn, messageId, JSON.writeValueAsString(envelope));
    }

    void post(URI url, Notification notification) throws DeliveryFailure {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("User-Agent", USER_AGENT)
                .header("x-amz-sns-message-type", "Notification")
                .header("x-amz-sns-message-id", notification.messageId())
                .header("x-amz-sns-topic-arn", notification.topicArn())
                .header("x-amz-sns-subscription-arn", notification.subscriptionArn())
                .POST(HttpRequest.BodyPublishers.ofString(notification.body(), StandardCharsets.UTF_8))
                .build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new DeliveryFailure("could not be reached: " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted: the emulator is stopping", false);
        }
        if (status < 200 || status > 299) {
            throw new DeliveryFailure("answered HTTP " + status, DeliveryFailure.retryableStatus(status));
        }
    }

    private String sign(String stringToSign) {
        try {
            Signature signature = Signature.getInstance("SHA1withRSA");
            signature.initSign(signingKey().getPrivate());
            signature.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA1withRSA is part of every JDK", e);
        }
    }

    /** The key that verifies the envelopes' signatures; only the tests have it. */
    java.security.PublicKey verificationKey() throws GeneralSecurityException {
        return signingKey().getPublic();
    }

    private KeyPair signingKey() throws GeneralSecurityException {
        KeyPair key = signingKey;
        if (key == null) {
            synchronized (this) {
                if (signingKey == null) {
                    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                    generator.initialize(2048);
                    signingKey = generator.generateKeyPair();
                }
                key = signingKey;
            }
        }
        return key;
    }
}
