package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.caller.AccountRegion;
import org.springframework.stereotype.Component;

/**
 * Every identity is verified the moment it is created (the emulator can neither receive mail nor look up DNS), so a
 * verified domain is a domain identity of the caller, found in any case.
 */
@Component
class VerifiedDomains implements DomainVerification {

    private final EmailIdentityRepository identities;

    VerifiedDomains(EmailIdentityRepository identities) {
        this.identities = identities;
    }

    @Override
    public boolean isVerifiedDomain(AccountRegion scope, String domain) {
        return domain != null && identities.find(scope, domain)
                .filter(identity -> identity.type() == IdentityType.DOMAIN)
                .filter(EmailIdentity::verifiedForSending)
                .isPresent();
    }
}
