package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.validation.OneOf;

/**
 * The {@code PutEmailIdentityMailFromAttributes} body of both faces; the identity is in the path. No
 * {@code MailFromDomain} turns the custom MAIL FROM domain off.
 */
record PutEmailIdentityMailFromAttributesRequest(
        String MailFromDomain,
        @OneOf({"USE_DEFAULT_VALUE", "REJECT_MESSAGE"}) String BehaviorOnMxFailure) {
}
