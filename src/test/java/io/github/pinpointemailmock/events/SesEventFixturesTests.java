package io.github.pinpointemailmock.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.mailbox.CapturedEmail;
import io.github.pinpointemailmock.sending.SesMessageIds;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event type against the SES documentation's own example (test resources {@code ses-events/}), field by field:
 * every field the example has is there, fixed values are equal, and what differs from send to send (timestamps,
 * feedback ids, the MTA, the caller's IAM name, the outgoing IP) has SES's form. The message behind each event is
 * the example's own: its sender, recipients, headers, tags and configuration set.
 */
class SesEventFixturesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ISO_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final String SES_ID =
            "[0-9a-f]{16}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-000000";
    private static final Set<String> TIMESTAMPS = Set.of("timestamp", "arrivalDate", "expirationTime");

    private final SesEventFactory factory =
            new SesEventFactory(Clock.fixed(Instant.parse("2026-01-01T00:00:00.123Z"), ZoneOffset.UTC));

    @Test
    void aSendEventIsTheDocumentedSendRecord() {
        assertMatchesFixture("send.json", factory::send);
    }

    @Test
    void aDeliveryEventIsTheDocumentedDeliveryRecord() {
        assertMatchesFixture("delivery.json", email -> factory.delivery(email, "recipient@example.com"));
    }

    @Test
    void aBounceEventIsTheDocumentedBounceRecord() {
        assertMatchesFixture("bounce.json", email -> factory.bounce(email, "recipient@example.com", "Permanent",
                "General", "5.1.1", "smtp; 550 5.1.1 user unknown"));
    }

    @Test
    void aComplaintEventIsTheDocumentedComplaintRecord() {
        assertMatchesFixture("complaint.json", email -> factory.complaint(email, "recipient@example.com", "abuse",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/60.0.3112.90 Safari/537.36"));
    }

    @Test
    void aRejectEventIsTheDocumentedRejectRecord() {
        assertMatchesFixture("reject.json", factory::reject);
    }

    @Test
    void anOpenEventIsTheDocumentedOpenRecord() {
        assertMatchesFixture("open.json", email -> factory.open(email, "192.0.2.1", "Mozilla/5.0 (iPhone; CPU "
                + "iPhone OS 10_3_3 like Mac OS X) AppleWebKit/603.3.8 (KHTML, like Gecko) Mobile/14G60"));
    }

    @Test
    void aClickEventIsTheDocumentedClickRecord() {
        Map<String, List<String>> linkTags = new LinkedHashMap<>();
        linkTags.put("samplekey0", List.of("samplevalue0"));
        linkTags.put("samplekey1", List.of("samplevalue1"));
        assertMatchesFixture("click.json", email -> factory.click(email, "192.0.2.1", "Mozilla/5.0 (Windows NT "
                        + "10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/60.0.3112.90 Safari/537.36",
                "http://docs.aws.amazon.com/ses/latest/DeveloperGuide/send-email-smtp.html", linkTags));
    }

    @Test
    void aRenderingFailureEventIsTheDocumentedRenderingFailureRecord() {
        assertMatchesFixture("rendering-failure.json", factory::renderingFailure);
    }

    @Test
    void aDeliveryDelayEventIsTheDocumentedDeliveryDelayRecord() {
        assertMatchesFixture("delivery-delay.json", email -> factory.deliveryDelay(email, "recipient@example.com",
                "TransientCommunicationFailure", Instant.parse("2026-01-01T14:00:00Z"), "4.4.1",
                "smtp; 421 4.4.1 Unable to connect to remote host"));
    }

    @Test
    void aSubscriptionEventIsTheDocumentedSubscriptionRecord() {
        Map<String, Object> optOut = Map.of("topicName", "ExampleTopicName", "subscriptionStatus", "OptOut");
        Map<String, Object> newPreferences = new LinkedHashMap<>();
        newPreferences.put("unsubscribeAll", true);
        newPreferences.put("topicSubscriptionStatus", List.of(optOut));
        Map<String, Object> oldPreferences = new LinkedHashMap<>();
        oldPreferences.put("unsubscribeAll", false);
        oldPreferences.put("topicSubscriptionStatus", List.of(optOut));
        assertMatchesFixture("subscription.json", email -> factory.subscription(email, "ContactListName",
                "UnsubscribeHeader", newPreferences, oldPreferences));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComparisonNoticesAMissingFieldAndAWrongFixedValue() {
        JsonNode fixture = fixture("bounce.json");
        Map<String, Object> wrong = JSON.convertValue(fixture, new TypeReference<>() { });
        ((Map<String, Object>) wrong.get("bounce")).put("bounceType", "Transient");
        ((Map<String, Object>) wrong.get("bounce")).put("feedbackId", SesMessageIds.next(Instant.now()));
        ((Map<String, Object>) wrong.get("mail")).remove("sourceArn");
        List<String> differences = new ArrayList<>();
        compare(fixture, JSON.valueToTree(wrong), "", differences);
        assertThat(differences).containsExactlyInAnyOrder(
                "/bounce/bounceType: expected \"Permanent\" but was \"Transient\"", "/mail/sourceArn: missing");
    }

    private void assertMatchesFixture(String name, Function<CapturedEmail, Map<String, Object>> build) {
        JsonNode fixture = fixture(name);
        JsonNode actual = JSON.valueToTree(build.apply(messageOf(fixture)));
        List<String> differences = new ArrayList<>();
        compare(fixture, actual, "", differences);
        assertThat(differences).as(name + " against " + actual).isEmpty();
    }

    /** The message an example event is about, as the emulator keeps it. */
    private static CapturedEmail messageOf(JsonNode fixture) {
        JsonNode mail = fixture.get("mail");
        JsonNode tags = mail.get("tags");
        List<CapturedEmail.Header> headers = new ArrayList<>();
        if (mail.has("headers")) {
            mail.get("headers").forEach(h -> headers.add(new CapturedEmail.Header(h.get("name").asString(),
                    h.get("value").asString())));
        }
        List<CapturedEmail.Tag> messageTags = new ArrayList<>();
        tags.properties().forEach(tag -> {
            if (!tag.getKey().startsWith("ses:")) {
                tag.getValue().forEach(value -> messageTags.add(new CapturedEmail.Tag(tag.getKey(),
                        value.asString())));
            }
        });
        List<String> destination = new ArrayList<>();
        mail.get("destination").forEach(address -> destination.add(address.asString()));
        JsonNode failure = fixture.get("failure");
        CapturedEmail.Template template = failure == null ? null : new CapturedEmail.Template(
                failure.get("templateName").asString(), null, false, "{}", null, null, null,
                failure.get("errorMessage").asString());
        String source = mail.get("source").asString();
        String from = source.contains("<") ? source.substring(source.indexOf('<') + 1, source.indexOf('>')) : source;
        return new CapturedEmail(mail.get("messageId").asString(), "sesv2", mail.get("sendingAccountId").asString(),
                "us-east-1", Instant.parse(mail.get("timestamp").asString()), from, destination, List.of(),
                List.of(), List.of(), mail.has("commonHeaders") ? mail.get("commonHeaders").get("subject").asString()
                : null, "text", null, headers, List.of(), tags.get("ses:configuration-set").get(0).asString(), null,
                null, List.of(), messageTags, template, destination.stream().map(address ->
                new CapturedEmail.Recipient(address, "DELIVERED", null, null, null, false)).toList(), 4,
                new byte[4], tags.has("ses:source-ip") ? tags.get("ses:source-ip").get(0).asString() : null,
                tags.has("ses:operation") ? tags.get("ses:operation").get(0).asString() : null);
    }

    /**
     * Every field of the example is in the event: equal, or of SES's form where it differs from event to event.
     * Fields the event adds (a delivery's {@code remoteMtaIp}, the {@code sourceArn} the open and click examples
     * leave out) are allowed.
     */
    private static void compare(JsonNode expected, JsonNode actual, String path, List<String> differences) {
        if (actual == null || actual.isMissingNode()) {
            differences.add(path + ": missing");
            return;
        }
        String field = path.substring(path.lastIndexOf('/') + 1);
        if (expected.isObject()) {
            if (!actual.isObject()) {
                differences.add(path + ": expected an object but was " + actual);
                return;
            }
            expected.properties().forEach(entry ->
                    compare(entry.getValue(), actual.get(entry.getKey()), path + "/" + entry.getKey(), differences));
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                differences.add(path + ": expected " + expected + " but was " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), path + "/" + i, differences);
            }
        } else if (TIMESTAMPS.contains(field)) {
            requireForm(actual, ISO_MILLIS, path, differences);
        } else if (field.equals("feedbackId")) {
            requireForm(actual, SES_ID, path, differences);
        } else if (field.equals("processingTimeMillis")) {
            if (!actual.isIntegralNumber() || actual.asLong() < 0) {
                differences.add(path + ": expected milliseconds but was " + actual);
            }
        } else if (field.equals("reportingMTA")) {
            requireForm(actual, "(dsn; )?[a-z0-9.-]+", path, differences);
        } else if (path.equals("/mail/source")) {
            requireForm(actual, "(.*<)?sender@example\\.com>?", path, differences);
        } else if (path.contains("/ses:caller-identity/")) {
            requireForm(actual, "[\\w+=,.@-]+", path, differences);
        } else if (path.contains("/ses:outgoing-ip/")) {
            requireForm(actual, "\\d{1,3}(\\.\\d{1,3}){3}", path, differences);
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static void requireForm(JsonNode actual, String form, String path, List<String> differences) {
        if (!actual.isString() || !actual.asString().matches(form)) {
            differences.add(path + ": expected the form " + form + " but was " + actual);
        }
    }

    private static JsonNode fixture(String name) {
        try (InputStream in = SesEventFixturesTests.class.getResourceAsStream("/ses-events/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
