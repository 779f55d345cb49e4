package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.store.InfoContributor;
import org.springframework.stereotype.Component;

/** The dashboard's counts in {@code GET /_mock/info}: messages it computes from and forgot, blacklist entries. */
@Component
class DeliverabilityInfo implements InfoContributor {

    private final SentMailStatistics mail;
    private final BlacklistService blacklist;

    DeliverabilityInfo(SentMailStatistics mail, BlacklistService blacklist) {
        this.mail = mail;
        this.blacklist = blacklist;
    }

    @Override
    public String infoMember() {
        return "deliverability";
    }

    @Override
    public Object info() {
        SentMailStatistics.Counts counts = mail.counts();
        return new Counts(counts.tracked(), counts.forgotten(), blacklist.list().size());
    }

    record Counts(int trackedMessages, long forgottenMessages, int blacklistEntries) {
    }
}
