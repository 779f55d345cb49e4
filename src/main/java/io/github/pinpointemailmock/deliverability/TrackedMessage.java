package io.github.pinpointemailmock.deliverability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What the dashboard keeps of one sent message: enough to count it, nothing of its content.
 *
 * @param fromDomain the From address's domain, in lower case: the sending domain the dashboard reports on
 */
record TrackedMessage(String account, String region, String from, String fromDomain, String subject,
                      Instant sentAt, List<Recipient> recipients) {

    TrackedMessage {
        recipients = List.copyOf(recipients);
    }

    LocalDate day() {
        return LocalDate.ofInstant(sentAt, ZoneOffset.UTC);
    }

    record Recipient(String isp, Placement placement) {
    }
}
