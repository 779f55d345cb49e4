package io.github.pinpointemailmock.deliverability;

import java.util.List;

/** Whether inbox placement data is tracked for a subscribed domain, and for which providers: kept as given. */
record InboxPlacementTrackingOption(Boolean Global, List<String> TrackedIsps) {
}
