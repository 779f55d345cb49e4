package io.github.pinpointemailmock.mailbox;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The filters of {@code GET} and {@code DELETE /_mock/emails}; every one given must hold. Addresses match whole,
 * ignoring case; {@code subject} matches a part, ignoring case; {@code tag} is {@code Name:Value}.
 */
record EmailFilter(String to, String from, String subject, String configurationSet, String tag, String template,
                   String face,
                   String account, String region, Instant since) implements Predicate<CapturedEmail> {

    @Override
    public boolean test(CapturedEmail email) {
        return (to == null || email.allRecipients().stream().anyMatch(to::equalsIgnoreCase))
                && (from == null || from.equalsIgnoreCase(email.from()))
                && (subject == null || (email.subject() != null && email.subject().toLowerCase(Locale.ROOT)
                .contains(subject.toLowerCase(Locale.ROOT))))
                && (configurationSet == null || configurationSet.equals(email.configurationSet()))
                && (tag == null || email.tags().stream().anyMatch(t -> tag.equals(t.name() + ":" + t.value())))
                && (template == null || (email.template() != null && template.equals(email.template().name())))
                && (face == null || face.equals(email.face()) || face.equals(faceVersion(email.face())))
                && (account == null || account.equals(email.account()))
                && (region == null || region.equals(email.region()))
                && (since == null || !email.sentAt().isBefore(since));
    }

    /** {@code face=v1} and {@code face=v2} name the faces as their paths do. */
    private static String faceVersion(String face) {
        return "pinpoint-email".equals(face) ? "v1" : "v2";
    }
}
