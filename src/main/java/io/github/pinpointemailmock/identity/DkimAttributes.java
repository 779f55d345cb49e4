package io.github.pinpointemailmock.identity;

import java.util.List;

/**
 * The DKIM state of an identity, as both faces return it. The emulator signs nothing, so this is what a
 * successfully verified identity reports on AWS.
 *
 * @param SigningAttributesOrigin SES v2 only: {@code AWS_SES} (Easy DKIM, or an {@code AWS_SES_<REGION>} origin)
 *                                or {@code EXTERNAL} (bring your own DKIM)
 * @param NextSigningKeyLength    SES v2 only, Easy DKIM only
 * @param CurrentSigningKeyLength SES v2 only, Easy DKIM only
 */
record DkimAttributes(
        Boolean SigningEnabled,
        String Status,
        List<String> Tokens,
        String SigningAttributesOrigin,
        String NextSigningKeyLength,
        String CurrentSigningKeyLength) {

    static final String SUCCESS = "SUCCESS";
    static final String NOT_STARTED = "NOT_STARTED";
    static final String EXTERNAL = "EXTERNAL";
    static final String DEFAULT_ORIGIN = "AWS_SES";
    static final String DEFAULT_KEY_LENGTH = "RSA_2048_BIT";

    public DkimAttributes {
        Tokens = Tokens == null ? null : List.copyOf(Tokens);
    }

    /** An address is not signed on its own: signing starts once its domain is a DKIM-verified identity. */
    static DkimAttributes notStarted() {
        return new DkimAttributes(false, NOT_STARTED, null, null, null, null);
    }

    /** Easy DKIM, verified: three CNAME tokens derived from the domain, and the key length asked for. */
    static DkimAttributes easyDkim(String domain, String origin, String keyLength) {
        String length = keyLength != null ? keyLength : DEFAULT_KEY_LENGTH;
        return new DkimAttributes(true, SUCCESS, IdentityNames.dkimTokens(domain),
                origin != null ? origin : DEFAULT_ORIGIN, length, length);
    }

    /** Bring your own DKIM, verified: the one token is the selector, as on AWS. */
    static DkimAttributes external(String selector) {
        return new DkimAttributes(true, SUCCESS, List.of(selector), EXTERNAL, null, null);
    }

    DkimAttributes withSigningEnabled(boolean enabled) {
        return new DkimAttributes(enabled, Status, Tokens, SigningAttributesOrigin, NextSigningKeyLength,
                CurrentSigningKeyLength);
    }

    /**
     * Easy DKIM again, after {@code PutEmailIdentityDkimSigningAttributes}: a domain already on Easy DKIM keeps its
     * current key and only the next one's length changes (SES rotates to it later); a domain coming from its own key
     * or from none starts with a key of the length asked for.
     */
    DkimAttributes toEasyDkim(String domain, String origin, String keyLength) {
        boolean easy = SigningAttributesOrigin != null && !EXTERNAL.equals(SigningAttributesOrigin);
        if (!easy || CurrentSigningKeyLength == null) {
            return easyDkim(domain, origin, keyLength);
        }
        return new DkimAttributes(true, SUCCESS, IdentityNames.dkimTokens(domain), origin,
                keyLength != null ? keyLength : NextSigningKeyLength, CurrentSigningKeyLength);
    }

    /** As Pinpoint Email shows it: without the members only SES v2 has. */
    DkimAttributes pinpointEmailView() {
        return new DkimAttributes(SigningEnabled, Status, Tokens, null, null, null);
    }
}
