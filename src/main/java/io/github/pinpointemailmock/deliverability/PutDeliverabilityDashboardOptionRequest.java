package io.github.pinpointemailmock.deliverability;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The {@code PutDeliverabilityDashboardOption} body, the same on both faces. */
record PutDeliverabilityDashboardOptionRequest(@NotNull Boolean DashboardEnabled,
                                               List<DomainDeliverabilityTrackingOption> SubscribedDomains) {
}
