package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.json.EpochSeconds;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A domain's Deliverability dashboard subscription, as the request gives it and as the response shows it. */
record DomainDeliverabilityTrackingOption(
        String Domain,
        @JsonSerialize(using = EpochSeconds.Serializer.class)
        @JsonDeserialize(using = EpochSeconds.Deserializer.class) Instant SubscriptionStartDate,
        InboxPlacementTrackingOption InboxPlacementTrackingOption) {
}
