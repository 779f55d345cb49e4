package io.github.pinpointemailmock.deliverability;

import java.util.Collection;

/** Recipients counted by where their copy ended up. */
record Tally(long inbox, long spam, long missing) {

    static final Tally ZERO = new Tally(0, 0, 0);

    static Tally of(Collection<TrackedMessage.Recipient> recipients) {
        long inbox = 0;
        long spam = 0;
        long missing = 0;
        for (TrackedMessage.Recipient recipient : recipients) {
            switch (recipient.placement()) {
                case INBOX -> inbox++;
                case SPAM -> spam++;
                case MISSING -> missing++;
            }
        }
        return new Tally(inbox, spam, missing);
    }

    long total() {
        return inbox + spam + missing;
    }

    double inboxPercentage() {
        return percentage(inbox);
    }

    double spamPercentage() {
        return percentage(spam);
    }

    private double percentage(long count) {
        return total() == 0 ? 0.0 : 100.0 * count / total();
    }
}
