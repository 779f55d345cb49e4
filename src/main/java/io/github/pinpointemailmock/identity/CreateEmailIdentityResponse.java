package io.github.pinpointemailmock.identity;

/** The {@code CreateEmailIdentity} output, the same members on both faces. */
record CreateEmailIdentityResponse(
        IdentityType IdentityType,
        Boolean VerifiedForSendingStatus,
        DkimAttributes DkimAttributes) {

    static CreateEmailIdentityResponse of(EmailIdentity identity) {
        return new CreateEmailIdentityResponse(identity.type(), identity.verifiedForSending(),
                identity.dkimAttributes());
    }
}
