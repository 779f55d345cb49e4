package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.json.EpochSeconds;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.annotation.JsonSerialize;

record GetDeliverabilityDashboardOptionsResponse(
        boolean DashboardEnabled,
        @JsonSerialize(using = EpochSeconds.Serializer.class) Instant SubscriptionExpiryDate,
        String AccountStatus,
        List<DomainDeliverabilityTrackingOption> ActiveSubscribedDomains,
        List<DomainDeliverabilityTrackingOption> PendingExpirationSubscribedDomains) {
}
