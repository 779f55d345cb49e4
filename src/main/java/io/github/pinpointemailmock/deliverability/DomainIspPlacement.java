package io.github.pinpointemailmock.deliverability;

/** One provider's share: percentages of all the recipients at that provider, delivered or not. */
record DomainIspPlacement(String IspName, long InboxRawCount, long SpamRawCount, double InboxPercentage,
                          double SpamPercentage) {

    static DomainIspPlacement of(String isp, Tally tally) {
        return new DomainIspPlacement(isp, tally.inbox(), tally.spam(), tally.inboxPercentage(),
                tally.spamPercentage());
    }
}
