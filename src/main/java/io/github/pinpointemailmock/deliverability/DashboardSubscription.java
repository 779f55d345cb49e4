package io.github.pinpointemailmock.deliverability;

import java.time.Instant;
import java.util.List;

/**
 * An account's Deliverability dashboard subscription in one region, as last set by
 * {@code PutDeliverabilityDashboardOption}; what it shows at a given time is computed from it (see
 * {@link DashboardService}), so a subscription pending expiration expires without anything running.
 *
 * @param expiresAt when the whole subscription ends (the first instant of the next calendar month, UTC), or null
 *                  while it is active
 * @param domains   every domain subscribed, including those whose subscription has expired since
 */
record DashboardSubscription(Instant expiresAt, List<SubscribedDomain> domains) {

    static final String NAME = "dashboard";

    DashboardSubscription {
        domains = List.copyOf(domains);
    }

    String name() {
        return NAME;
    }

    /**
     * One subscribed domain.
     *
     * @param startDate when it was first subscribed; kept while it stays subscribed
     * @param expiresAt when its subscription ends, or null while it is active
     */
    record SubscribedDomain(String domain, Instant startDate, InboxPlacementTrackingOption tracking,
                            Instant expiresAt) {

        boolean currentAt(Instant now) {
            return expiresAt == null || now.isBefore(expiresAt);
        }

        DomainDeliverabilityTrackingOption view() {
            return new DomainDeliverabilityTrackingOption(domain, startDate, tracking);
        }
    }
}
