package io.github.pinpointemailmock.deliverability;

/**
 * Inbox and spam counts. The emulator sees every recipient, so its projections are the raw counts themselves.
 */
record VolumeStatistics(long InboxRawCount, long SpamRawCount, long ProjectedInbox, long ProjectedSpam) {

    static VolumeStatistics of(Tally tally) {
        return new VolumeStatistics(tally.inbox(), tally.spam(), tally.inbox(), tally.spam());
    }
}
