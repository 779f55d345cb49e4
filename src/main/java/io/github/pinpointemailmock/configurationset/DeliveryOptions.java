package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.validation.OneOf;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * TLS policy and the dedicated IP pool the set sends through.
 *
 * @param MaxDeliverySeconds SES v2 only
 */
record DeliveryOptions(
        @OneOf({"REQUIRE", "OPTIONAL"}) String TlsPolicy,
        String SendingPoolName,
        @Min(300) @Max(50400) Long MaxDeliverySeconds) {

    /**
     * As Pinpoint Email sees it: without the SES v2 member, and absent altogether when that member was all there
     * was, rather than an empty object the Pinpoint Email caller never sent.
     */
    DeliveryOptions pinpointEmailView() {
        if (TlsPolicy == null && SendingPoolName == null && MaxDeliverySeconds != null) {
            return null;
        }
        return new DeliveryOptions(TlsPolicy, SendingPoolName, null);
    }
}
