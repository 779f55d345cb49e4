package io.github.pinpointemailmock.auth;

import io.github.pinpointemailmock.caller.AccountRegion;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The caller of a request that passed {@code mock.auth.mode=strict}: the access key it was signed with, the account
 * that key belongs to and the region of its credential scope. Kept on the request under {@link #ATTRIBUTE}.
 */
public record AuthenticatedCaller(String accessKeyId, String accountId, String region) {

    /** The request attribute holding the {@link AuthenticatedCaller} once the signature has been verified. */
    public static final String ATTRIBUTE = AuthenticatedCaller.class.getName();

    /** The authenticated caller of this request; empty in {@code off} mode, or before authentication has run. */
    public static Optional<AuthenticatedCaller> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof AuthenticatedCaller caller
                ? Optional.of(caller) : Optional.empty();
    }

    public AccountRegion accountRegion() {
        return new AccountRegion(accountId, region);
    }
}
