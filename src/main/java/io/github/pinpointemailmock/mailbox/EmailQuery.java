package io.github.pinpointemailmock.mailbox;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * The filters of {@code GET} and {@code DELETE /_mock/emails}, bound from the query parameters of the same names: one
 * list of them for both routes.
 */
record EmailQuery(String to, String from, String subject, String configurationSet, String tag, String template,
                  String face, String account, String region, String since) {

    EmailFilter filter() {
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
            throw new IllegalArgumentException("since must be an ISO 8601 instant, e.g. 2026-01-01T00:00:00Z");
        }
    }
}
