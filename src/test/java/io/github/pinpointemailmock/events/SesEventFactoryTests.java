package io.github.pinpointemailmock.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.mailbox.CapturedEmail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code mail} headers SES truncates beyond 10 KB, and feedback ids stamped with the emulator's clock. */
class SesEventFactoryTests {

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.089Z");
    private final SesEventFactory factory = new SesEventFactory(Clock.fixed(NOW, ZoneOffset.UTC));

    private static CapturedEmail message(List<CapturedEmail.Header> headers) {
        List<String> to = List.of("reader@example.net");
        return new CapturedEmail("0000019ade0b1a2c-9b2f0000-0000-0000-0000-000000000000-000000", "sesv2",
                "111122223333", "us-east-1", NOW, "sender@example.com", to, List.of(), List.of(), List.of(), "Hello",
                "text", null, headers, List.of(), "set", null, null, List.of(), List.of(), null,
                List.of(new CapturedEmail.Recipient("reader@example.net", "DELIVERED", null, null, null, false)), 4,
                new byte[4], null, "SendEmail");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> headersOf(Map<String, Object> event) {
        return (List<Map<String, String>>) ((Map<String, Object>) event.get("mail")).get("headers");
    }

    private static Object truncatedOf(Map<String, Object> event) {
        return ((Map<?, ?>) event.get("mail")).get("headersTruncated");
    }

    @Test
    void headersBeyondTenKilobytesAreCutThereAndFlaggedTruncatedOnEveryEventWithHeaders() {
        List<CapturedEmail.Header> headers = new ArrayList<>(List.of(
                new CapturedEmail.Header("From", "sender@example.com"),
                new CapturedEmail.Header("To", "reader@example.net"),
                new CapturedEmail.Header("X-Huge", "x".repeat(400 * 1024)),
                new CapturedEmail.Header("Subject", "Hello")));
        CapturedEmail email = message(headers);

        for (Map<String, Object> event : List.of(factory.send(email), factory.delivery(email, "reader@example.net"),
                factory.open(email, "192.0.2.1", "agent"))) {
            assertThat(truncatedOf(event)).isEqualTo(true);
            assertThat(headersOf(event)).extracting(header -> header.get("name")).containsExactly("From", "To");
        }
        // commonHeaders is SES's summary of the message and stays whole.
        Map<?, ?> common = (Map<?, ?>) ((Map<?, ?>) factory.send(email).get("mail")).get("commonHeaders");
        assertThat(common.get("subject")).isEqualTo("Hello");
    }

    @Test
    void headersOfExactlyTenKilobytesAreKeptWholeAndOneByteMoreIsCut() {
        // "X-Pad: " + value + CRLF: the name, 4 bytes of separators, the value.
        String from = "sender@example.com";
        int fromLine = "From".length() + from.length() + 4;
        int padValue = SesEventFactory.MAX_HEADERS_BYTES - fromLine - "X-Pad".length() - 4;
        CapturedEmail exact = message(List.of(new CapturedEmail.Header("From", from),
                new CapturedEmail.Header("X-Pad", "p".repeat(padValue))));
        CapturedEmail over = message(List.of(new CapturedEmail.Header("From", from),
                new CapturedEmail.Header("X-Pad", "p".repeat(padValue - 1) + "é")));

        assertThat(truncatedOf(factory.send(exact))).isEqualTo(false);
        assertThat(headersOf(factory.send(exact))).hasSize(2);
        assertThat(truncatedOf(factory.send(over))).isEqualTo(true);
        assertThat(headersOf(factory.send(over))).extracting(header -> header.get("name")).containsExactly("From");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFeedbackIdCarriesTheTimeOfTheEmulatorsClockInSesForm() {
        CapturedEmail email = message(List.of());
        Map<String, Object> bounce = (Map<String, Object>) factory.bounce(email, "reader@example.net", "Permanent",
                "General", "5.1.1", null).get("bounce");
        Map<String, Object> complaint = (Map<String, Object>) factory.complaint(email, "reader@example.net", "abuse",
                "agent").get("complaint");

        for (Object id : List.of(bounce.get("feedbackId"), complaint.get("feedbackId"))) {
            assertThat((String) id).matches("[0-9a-f]{16}-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}-000000");
            long stamped = Long.parseUnsignedLong(((String) id).substring(0, 16), 16) >>> 8;
            assertThat(Instant.ofEpochMilli(stamped)).isEqualTo(NOW);
        }
    }
}
