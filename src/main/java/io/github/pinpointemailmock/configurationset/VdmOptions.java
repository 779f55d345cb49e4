package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.validation.OneOf;
import jakarta.validation.Valid;

/** SES v2 only: Virtual Deliverability Manager settings of the set. */
public record VdmOptions(@Valid DashboardOptions DashboardOptions, @Valid GuardianOptions GuardianOptions) {

    public record DashboardOptions(@OneOf({"ENABLED", "DISABLED"}) String EngagementMetrics) {
    }

    public record GuardianOptions(@OneOf({"ENABLED", "DISABLED"}) String OptimizedSharedDelivery) {
    }
}
