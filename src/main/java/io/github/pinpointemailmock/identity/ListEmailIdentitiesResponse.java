package io.github.pinpointemailmock.identity;

import java.util.List;

/** The {@code ListEmailIdentities} output; {@code NextToken} is left out on the last page. */
record ListEmailIdentitiesResponse(List<IdentityInfo> EmailIdentities, String NextToken) {

    /**
     * One identity of the list.
     *
     * @param VerificationStatus SES v2 only
     */
    record IdentityInfo(
            IdentityType IdentityType,
            String IdentityName,
            Boolean SendingEnabled,
            String VerificationStatus) {

        static IdentityInfo of(EmailIdentity identity) {
            return new IdentityInfo(identity.type(), identity.name(), identity.verifiedForSending(),
                    identity.verificationStatus());
        }
    }
}
