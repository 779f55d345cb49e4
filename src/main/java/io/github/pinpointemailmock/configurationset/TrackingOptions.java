package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.validation.OneOf;
import jakarta.validation.constraints.NotBlank;

/**
 * Open and click tracking; when present, the custom redirect domain is required.
 *
 * @param HttpsPolicy SES v2 only
 */
record TrackingOptions(
        @NotBlank String CustomRedirectDomain,
        @OneOf({"REQUIRE", "REQUIRE_OPEN_ONLY", "OPTIONAL"}) String HttpsPolicy) {

    /** As Pinpoint Email sees it: without the SES v2 member. */
    TrackingOptions pinpointEmailView() {
        return new TrackingOptions(CustomRedirectDomain, null);
    }
}
