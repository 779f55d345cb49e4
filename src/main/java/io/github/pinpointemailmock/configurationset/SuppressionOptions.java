package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** SES v2 only: which suppression list applies to the set's email, and for what reasons. */
record SuppressionOptions(
        List<@NotNull @OneOf({"BOUNCE", "COMPLAINT"}) String> SuppressedReasons,
        @OneOf({"ACCOUNT", "TENANT"}) String SuppressionScope,
        @Valid ValidationOptions ValidationOptions) {

    record ValidationOptions(@NotNull @Valid ConditionThreshold ConditionThreshold) {
    }

    record ConditionThreshold(
            @NotNull @OneOf({"ENABLED", "DISABLED"}) String ConditionThresholdEnabled,
            @Valid OverallConfidenceThreshold OverallConfidenceThreshold) {
    }

    record OverallConfidenceThreshold(
            @NotNull @OneOf({"MEDIUM", "HIGH", "MANAGED"}) String ConfidenceVerdictThreshold) {
    }
}
