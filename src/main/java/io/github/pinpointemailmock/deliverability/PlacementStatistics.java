package io.github.pinpointemailmock.deliverability;


/** A test's placement: all of it in the inbox, or all in spam when the sender is blacklisted; none while in progress. */
record PlacementStatistics(Double InboxPercentage, Double SpamPercentage, Double MissingPercentage,
                           Double SpfPercentage, Double DkimPercentage) {

    static final PlacementStatistics NONE = new PlacementStatistics(null, null, null, null, null);

    static PlacementStatistics of(boolean spam) {
        return new PlacementStatistics(spam ? 0.0 : 100.0, spam ? 100.0 : 0.0, 0.0, 100.0, 100.0);
    }
}
