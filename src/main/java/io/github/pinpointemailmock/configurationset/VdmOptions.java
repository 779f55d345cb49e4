package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.validation.OneOf;
import jakarta.validation.Valid;

/** SES v2 only: Virtual Deliverability Manager settings of the set. */
record VdmOptions(@Valid DashboardOptions DashboardOptions, @Valid GuardianOptions GuardianOptions) {

    record DashboardOptions(@OneOf({"ENABLED", "DISABLED"}) String EngagementMetrics) {
    }

    record GuardianOptions(@OneOf({"ENABLED", "DISABLED"}) String OptimizedSharedDelivery) {
    }
}
