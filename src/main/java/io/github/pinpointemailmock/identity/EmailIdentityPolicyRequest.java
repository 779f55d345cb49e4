package io.github.pinpointemailmock.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of SES v2's {@code CreateEmailIdentityPolicy} and {@code UpdateEmailIdentityPolicy}; the identity and
 * the policy's name are in the path. The model gives the policy a minimum length of 1; its 4 KB maximum and the
 * JSON it must be are checked by {@link IdentityPolicies}.
 */
record EmailIdentityPolicyRequest(@NotNull @Size(min = 1) String Policy) {
}
