package io.github.pinpointemailmock.identity;

import java.util.Map;

/** The SES v2 {@code GetEmailIdentityPolicies} output: the identity's policies by name. */
record GetEmailIdentityPoliciesResponse(Map<String, String> Policies) {
}
