package io.github.pinpointemailmock.events;

import io.github.pinpointemailmock.mailbox.CapturedEmail;
import io.github.pinpointemailmock.sending.SesMessageIds;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Builds SES events as SES publishes them to SNS, Firehose and EventBridge (SES Developer Guide, "Contents of event
 * data" and "Examples of event data"): {@code eventType}, the {@code mail} object and the type's own object, as
 * ordered maps so the JSON reads in SES's order.
 */
@Component
class SesEventFactory {

    /** The host SES names as the MTA that delivered; the emulator delivers nothing, so a stand-in of SES's form. */
    static final String REPORTING_MTA = "a8-70.smtp-out.amazonses.com";
    /** The IAM identity SES names as the caller: the emulator knows keys, not IAM users. */
    static final String CALLER_IDENTITY = "root";
    /** SES's own outgoing address, shown on deliveries; the emulator sends from nowhere, so the loopback. */
    static final String OUTGOING_IP = "127.0.0.1";
    /**
     * SES truncates the {@code headers} of the {@code mail} object when they exceed 10 KB, and says so in
     * {@code headersTruncated}; each header counts as its line would, {@code Name: value} and CRLF, in UTF-8.
     */
    static final int MAX_HEADERS_BYTES = 10 * 1024;
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Clock clock;

    SesEventFactory(Clock clock) {
        this.clock = clock;
    }

    Map<String, Object> send(CapturedEmail email) {
        return event(SesEventType.SEND, mail(email, false), new LinkedHashMap<>());
    }

    Map<String, Object> delivery(CapturedEmail email, String recipient) {
        Instant now = clock.instant();
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("timestamp", iso(now));
        delivery.put("processingTimeMillis", Math.max(0, Duration.between(email.sentAt(), now).toMillis()));
        delivery.put("recipients", List.of(recipient));
        delivery.put("smtpResponse", "250 2.6.0 Message received");
        delivery.put("remoteMtaIp", OUTGOING_IP);
        delivery.put("reportingMTA", REPORTING_MTA);
        return event(SesEventType.DELIVERY, mail(email, true), delivery);
    }

    /**
     * @param status the recipient's DSN status, e.g. {@code 5.1.1}
     */
    Map<String, Object> bounce(CapturedEmail email, String recipient, String bounceType, String bounceSubType,
                               String status, String diagnosticCode) {
        Map<String, Object> bounced = new LinkedHashMap<>();
        bounced.put("emailAddress", recipient);
        bounced.put("action", "failed");
        bounced.put("status", status);
        if (diagnosticCode != null) {
            bounced.put("diagnosticCode", diagnosticCode);
        }
        Map<String, Object> bounce = new LinkedHashMap<>();
        bounce.put("bounceType", bounceType);
        bounce.put("bounceSubType", bounceSubType);
        bounce.put("bouncedRecipients", List.of(bounced));
        bounce.put("timestamp", iso(clock.instant()));
        bounce.put("feedbackId", feedbackId());
        // SES itself reports what it never sent: an address on the suppression list.
        bounce.put("reportingMTA", "OnAccountSuppressionList".equals(bounceSubType) || "Suppressed".equals(
                bounceSubType) ? "dns; amazonses.com" : "dsn; " + REPORTING_MTA);
        return event(SesEventType.BOUNCE, mail(email, false), bounce);
    }

    Map<String, Object> complaint(CapturedEmail email, String recipient, String feedbackType, String userAgent) {
        Instant now = clock.instant();
        Map<String, Object> complaint = new LinkedHashMap<>();
        complaint.put("complainedRecipients", List.of(Map.of("emailAddress", recipient)));
        complaint.put("timestamp", iso(now));
        complaint.put("feedbackId", feedbackId());
        complaint.put("userAgent", userAgent);
        complaint.put("complaintFeedbackType", feedbackType);
        complaint.put("arrivalDate", iso(now));
        return event(SesEventType.COMPLAINT, mail(email, false), complaint);
    }

    Map<String, Object> reject(CapturedEmail email) {
        Map<String, Object> reject = new LinkedHashMap<>();
        // The one reason SES documents: a virus found in the message.
        reject.put("reason", "Bad content");
        return event(SesEventType.REJECT, mail(email, false), reject);
    }

    /** As SES shows it, with a thin {@code mail}: no headers, and only the configuration set's tag. */
    Map<String, Object> renderingFailure(CapturedEmail email) {
        Map<String, Object> failure = new LinkedHashMap<>();
        CapturedEmail.Template template = email.template();
        failure.put("errorMessage", template == null ? null : template.renderingFailure());
        failure.put("templateName", template == null ? null : template.name());
        failure.values().removeIf(value -> value == null);
        return event(SesEventType.RENDERING_FAILURE, thinMail(email), failure);
    }

    Map<String, Object> open(CapturedEmail email, String ipAddress, String userAgent) {
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("ipAddress", ipAddress);
        open.put("timestamp", iso(clock.instant()));
        open.put("userAgent", userAgent);
        return event(SesEventType.OPEN, mail(email, false), open);
    }

    Map<String, Object> click(CapturedEmail email, String ipAddress, String userAgent, String link,
                              Map<String, List<String>> linkTags) {
        Map<String, Object> click = new LinkedHashMap<>();
        click.put("ipAddress", ipAddress);
        click.put("link", link);
        click.put("linkTags", linkTags);
        click.put("timestamp", iso(clock.instant()));
        click.put("userAgent", userAgent);
        return event(SesEventType.CLICK, mail(email, false), click);
    }

    /** As SES shows it, with a thin {@code mail}, like a rendering failure's. */
    Map<String, Object> deliveryDelay(CapturedEmail email, String recipient, String delayType, Instant expiration,
                                      String status, String diagnosticCode) {
        Map<String, Object> delayed = new LinkedHashMap<>();
        delayed.put("emailAddress", recipient);
        delayed.put("status", status);
        delayed.put("diagnosticCode", diagnosticCode);
        Map<String, Object> delay = new LinkedHashMap<>();
        delay.put("timestamp", iso(clock.instant()));
        delay.put("delayType", delayType);
        delay.put("expirationTime", iso(expiration));
        delay.put("delayedRecipients", List.of(delayed));
        delay.put("reportingMTA", REPORTING_MTA);
        return event(SesEventType.DELIVERY_DELAY, thinMail(email), delay);
    }

    Map<String, Object> subscription(CapturedEmail email, String contactList, String source,
                                     Map<String, Object> newTopicPreferences,
                                     Map<String, Object> oldTopicPreferences) {
        Map<String, Object> subscription = new LinkedHashMap<>();
        subscription.put("contactList", contactList);
        subscription.put("timestamp", iso(clock.instant()));
        subscription.put("source", source);
        subscription.put("newTopicPreferences", newTopicPreferences);
        subscription.put("oldTopicPreferences", oldTopicPreferences);
        return event(SesEventType.SUBSCRIPTION, mail(email, false), subscription);
    }

    Instant now() {
        return clock.instant();
    }

    private static Map<String, Object> event(SesEventType type, Map<String, Object> mail,
                                             Map<String, Object> object) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventType", type.eventType());
        event.put("mail", mail);
        event.put(type.member(), object);
        return event;
    }

    /** The {@code mail} object: the message as sent, its headers and tags, the auto-tags SES adds. */
    static Map<String, Object> mail(CapturedEmail email, boolean delivered) {
        Map<String, Object> mail = mailHead(email);
        List<Map<String, String>> headers = new ArrayList<>();
        long bytes = 0;
        boolean truncated = false;
        for (CapturedEmail.Header header : email.headers()) {
            bytes += utf8Length(header.name()) + utf8Length(header.value()) + 4;
            if (bytes > MAX_HEADERS_BYTES) {
                // Cut where the 10 KB end, as SES does, rather than pick the small headers out of the rest.
                truncated = true;
                break;
            }
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", header.name());
            entry.put("value", header.value());
            headers.add(entry);
        }
        mail.put("headersTruncated", truncated);
        mail.put("headers", headers);
        mail.put("commonHeaders", commonHeaders(email));
        Map<String, List<String>> tags = new LinkedHashMap<>();
        if (email.operation() != null) {
            tags.put("ses:operation", List.of(email.operation()));
        }
        tags.put("ses:configuration-set", List.of(email.configurationSet()));
        if (email.sourceIp() != null) {
            tags.put("ses:source-ip", List.of(email.sourceIp()));
        }
        tags.put("ses:from-domain", List.of(domainOf(email.from())));
        tags.put("ses:caller-identity", List.of(CALLER_IDENTITY));
        if (delivered) {
            tags.put("ses:outgoing-ip", List.of(OUTGOING_IP));
        }
        for (CapturedEmail.Tag tag : email.tags()) {
            List<String> values = new ArrayList<>(tags.getOrDefault(tag.name(), List.of()));
            values.add(tag.value());
            tags.put(tag.name(), values);
        }
        mail.put("tags", tags);
        return mail;
    }

    private static Map<String, Object> thinMail(CapturedEmail email) {
        Map<String, Object> mail = mailHead(email);
        mail.put("tags", Map.of("ses:configuration-set", List.of(email.configurationSet())));
        return mail;
    }

    private static Map<String, Object> mailHead(CapturedEmail email) {
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("timestamp", iso(email.sentAt()));
        mail.put("source", email.from());
        mail.put("sourceArn", "arn:aws:ses:" + email.region() + ":" + email.account() + ":identity/" + email.from());
        mail.put("sendingAccountId", email.account());
        mail.put("messageId", email.messageId());
        mail.put("destination", email.recipients().stream().map(CapturedEmail.Recipient::address).toList());
        // The thin mail of a rendering failure or a delay has no headers to truncate; mail() says otherwise.
        mail.put("headersTruncated", false);
        return mail;
    }

    private static Map<String, Object> commonHeaders(CapturedEmail email) {
        Map<String, Object> common = new LinkedHashMap<>();
        header(email, "Return-Path").ifPresent(value -> common.put("returnPath", value));
        header(email, "From").ifPresent(value -> common.put("from", addressList(value)));
        header(email, "Reply-To").ifPresent(value -> common.put("replyTo", addressList(value)));
        header(email, "Date").ifPresent(value -> common.put("date", value));
        header(email, "To").ifPresent(value -> common.put("to", addressList(value)));
        header(email, "Cc").ifPresent(value -> common.put("cc", addressList(value)));
        common.put("messageId", email.messageId());
        if (email.subject() != null) {
            common.put("subject", email.subject());
        }
        return common;
    }

    private static java.util.Optional<String> header(CapturedEmail email, String name) {
        return email.headers().stream().filter(header -> header.name().equalsIgnoreCase(name))
                .map(CapturedEmail.Header::value).findFirst();
    }

    /** A header of addresses as SES lists it: each address as written, display name included. */
    private static List<String> addressList(String value) {
        try {
            List<String> addresses = new ArrayList<>();
            for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                addresses.add(address.toUnicodeString());
            }
            return addresses;
        } catch (AddressException e) {
            return List.of(value);
        }
    }

    private static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    static String iso(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    /** SES's feedback id has the form of its message ids, stamped with the emulator's clock. */
    private String feedbackId() {
        return SesMessageIds.next(clock.instant());
    }

    /** The length in UTF-8 of a header's text, counted without copying it. */
    static long utf8Length(String text) {
        if (text == null) {
            return 0;
        }
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }
}
