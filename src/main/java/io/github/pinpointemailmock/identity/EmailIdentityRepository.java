package io.github.pinpointemailmock.identity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.store.ResourceKind;
import io.github.pinpointemailmock.tag.TaggableRepository;
import org.springframework.stereotype.Repository;

/**
 * Email identities, by key (see {@link IdentityNames#key}): domain names ignore case, addresses do not; in
 * {@code GET /_mock/state} each as SES v2's {@code GetEmailIdentity} shows it, with its name.
 */
@Repository
class EmailIdentityRepository extends TaggableRepository<EmailIdentity> {

    EmailIdentityRepository(MockProperties properties) {
        super("identity",
                ResourceKind.of("Email identity", "email identities", EmailIdentity::name,
                        "EmailIdentities", IdentityState::of).keyedBy(IdentityNames::key),
                properties.limits().emailIdentities());
    }

    record IdentityState(String IdentityName, @JsonUnwrapped GetEmailIdentityResponse details) {

        static IdentityState of(EmailIdentity identity) {
            return new IdentityState(identity.name(), GetEmailIdentityResponse.of(identity));
        }
    }
}
