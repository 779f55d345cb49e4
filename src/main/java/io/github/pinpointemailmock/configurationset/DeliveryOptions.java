package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.validation.OneOf;

/** TLS policy and the dedicated IP pool the set sends through. */
public record DeliveryOptions(
        @OneOf({"REQUIRE", "OPTIONAL"}) String TlsPolicy,
        String SendingPoolName) {
}
