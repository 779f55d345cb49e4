package io.github.pinpointemailmock.mailbox;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Set;

/**
 * The filters of {@code GET} and {@code DELETE /_mock/emails}, bound from the query parameters of the same names: one
 * list of them for both routes.
 */
record EmailQuery(String to, String from, String subject, String configurationSet, String tag, String template,
                  String face, String account, String region, String since) {

    private static final Set<String> FACES = Set.of("v1", "v2", "pinpoint-email", "sesv2");

    /** The filter these parameters make; one that could match nothing because it cannot be read is refused. */
    EmailFilter filter() {
        if (tag != null && tag.indexOf(':') < 1) {
            throw MailboxService.invalidValue("tag", tag, "use Name:Value");
        }
        if (face != null && !FACES.contains(face)) {
            throw MailboxService.invalidValue("face", face, "use v1, v2, pinpoint-email or sesv2");
        }
        return new EmailFilter(to, from, subject, configurationSet, tag, template, face, account, region,
                instant(since));
    }

    private static Instant instant(String since) {
        if (since == null) {
            return null;
        }
        try {
            return Instant.parse(since);
        } catch (DateTimeException e) {
            throw MailboxService.invalidValue("since", since, "use an ISO 8601 instant such as 2026-01-01T00:00:00Z");
        }
    }
}
