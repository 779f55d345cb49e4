package io.github.pinpointemailmock.account;

import io.github.pinpointemailmock.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * SES v2 only: the {@code PutAccountSuppressionAttributes} body, and the {@code SuppressionAttributes} that
 * {@code GetAccount} shows: for which reasons the account-level suppression list holds addresses back.
 */
record SuppressionAttributes(
        List<@NotNull @OneOf({"BOUNCE", "COMPLAINT"}) String> SuppressedReasons,
        @Valid ValidationAttributes ValidationAttributes) {

    /** As stored: no {@code SuppressedReasons} turns the list off for every reason. */
    SuppressionAttributes normalized() {
        return new SuppressionAttributes(
                SuppressedReasons == null ? List.of() : SuppressedReasons.stream().distinct().toList(),
                ValidationAttributes);
    }

    record ValidationAttributes(@NotNull @Valid ConditionThreshold ConditionThreshold) {
    }

    record ConditionThreshold(
            @NotNull @OneOf({"ENABLED", "DISABLED"}) String ConditionThresholdEnabled,
            @Valid OverallConfidenceThreshold OverallConfidenceThreshold) {
    }

    record OverallConfidenceThreshold(
            @NotNull @OneOf({"MEDIUM", "HIGH", "MANAGED"}) String ConfidenceVerdictThreshold) {
    }
}
