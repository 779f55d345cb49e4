package io.github.pinpointemailmock.suppression;

import io.github.pinpointemailmock.validation.OneOf;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The SES v2 {@code PutSuppressedDestination} body. */
record PutSuppressedDestinationRequest(
        @NotNull String EmailAddress,
        @NotNull @OneOf({"BOUNCE", "COMPLAINT"}) String Reason,
        @Size(min = 1) String TenantName) {
}
