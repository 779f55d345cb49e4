package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.caller.AccountRegion;
import org.springframework.stereotype.Component;

/**
 * Every identity is verified the moment it is created (the emulator can neither receive mail nor look up DNS), so a
 * verified domain is a domain identity of the caller, found in any case. An address is verified by its own identity
 * or by that of its domain or a parent domain, as SES lets a verified domain send from its subdomains.
 */
@Component
class VerifiedDomains implements DomainVerification, SenderVerification {

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

    @Override
    public boolean isVerifiedAddress(AccountRegion scope, String address) {
        int at = address.lastIndexOf('@');
        if (identities.find(scope, address).filter(EmailIdentity::verifiedForSending).isPresent()) {
            return true;
        }
        for (String domain = address.substring(at + 1); !domain.isEmpty(); ) {
            if (isVerifiedDomain(scope, domain)) {
                return true;
            }
            int dot = domain.indexOf('.');
            domain = dot < 0 ? "" : domain.substring(dot + 1);
        }
        return false;
    }
}
