package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.caller.AccountRegion;

/**
 * Whether a domain is a verified email identity of an account and region: what a configuration set's
 * {@code CustomRedirectDomain} must be on AWS.
 */
public interface DomainVerification {

    boolean isVerifiedDomain(AccountRegion scope, String domain);
}
