package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.store.ResourceKind;
import io.github.pinpointemailmock.store.ScopedRepository;
import java.util.function.Function;
import org.springframework.stereotype.Repository;

/** The one Deliverability dashboard subscription of each account and region that ever enabled it. */
@Repository
class DashboardRepository extends ScopedRepository<DashboardSubscription> {

    DashboardRepository() {
        super(ResourceKind.of("Deliverability dashboard", "deliverability dashboards", DashboardSubscription::name,
                "DeliverabilityDashboard", Function.identity()), 1);
    }
}
