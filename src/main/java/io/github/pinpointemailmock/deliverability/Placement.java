package io.github.pinpointemailmock.deliverability;

/**
 * Where a recipient's copy of a message ended up, as the dashboard counts it, from the outcome the send recorded:
 * delivered mail is in the inbox; a complaint means the recipient's provider filed it as spam; everything else
 * (bounced, suppressed, not rendered) never arrived.
 */
enum Placement {

    INBOX, SPAM, MISSING;

    static Placement of(String outcome) {
        return switch (outcome) {
            case "DELIVERED" -> INBOX;
            case "COMPLAINED" -> SPAM;
            default -> MISSING;
        };
    }
}
