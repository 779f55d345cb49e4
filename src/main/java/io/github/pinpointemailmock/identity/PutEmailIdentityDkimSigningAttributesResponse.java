package io.github.pinpointemailmock.identity;

import java.util.List;

/**
 * The SES v2 {@code PutEmailIdentityDkimSigningAttributes} output: the DKIM status, and the three Easy DKIM tokens
 * or, for a key of the caller's own, its selector.
 */
record PutEmailIdentityDkimSigningAttributesResponse(String DkimStatus, List<String> DkimTokens) {

    static PutEmailIdentityDkimSigningAttributesResponse of(DkimAttributes dkim) {
        return new PutEmailIdentityDkimSigningAttributesResponse(dkim.Status(), dkim.Tokens());
    }
}
