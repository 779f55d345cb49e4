package io.github.pinpointemailmock.auth;

import io.github.pinpointemailmock.auth.SigV4Exception.Failure;
import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.caller.CallerResolver;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.config.MockProperties.Auth.AuthMode;
import io.github.pinpointemailmock.config.MockProperties.Auth.Credential;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code mock.auth.mode=strict}: checks the Signature Version 4 of an AWS request against the keys of
 * {@code mock.auth.credentials}, and records who signed it. The caller's account is then the account of the key
 * that signed, not one read from the access key id. Owned by {@link SigV4AuthInterceptor}; not a bean of its own,
 * so that web slices, which pick up interceptors and filters only, still start.
 */
public class SigV4Authenticator {

    /** The signing name of both Pinpoint Email and SES v2 in their models. */
    static final String SIGNING_NAME = "ses";

    private static final Logger log = LoggerFactory.getLogger(SigV4Authenticator.class);


    private final MockProperties properties;
    private final Map<String, Credential> credentials = new LinkedHashMap<>();
    private final SigV4Verifier verifier;

    public SigV4Authenticator(MockProperties properties) {
        this(properties, Clock.systemUTC());
    }

    SigV4Authenticator(MockProperties properties, Clock clock) {
        this.properties = properties;
        for (Credential credential : properties.auth().credentials()) {
            credentials.putIfAbsent(credential.accessKeyId(), credential);
        }
        this.verifier = new SigV4Verifier(SIGNING_NAME, accessKeyId -> {
            Credential credential = credentials.get(accessKeyId);
            return credential == null ? null : credential.secretKey();
        }, clock);
    }

    public boolean enabled() {
        return properties.auth().mode() == AuthMode.STRICT;
    }

    /**
     * Verifies the request's signature and keeps the caller on the request; an {@link AwsException} with the error
     * AWS answers when the request is unsigned or wrongly signed.
     */
    public AuthenticatedCaller authenticate(HttpServletRequest request) {
        if (request.getAttribute(AuthenticatedCaller.ATTRIBUTE) instanceof AuthenticatedCaller known) {
            return known;
        }
        if (Boolean.TRUE.equals(request.getAttribute(SigV4BodyCachingFilter.TOO_LARGE_ATTRIBUTE))) {
            // The body cannot be hashed; AWS refuses it for its size before looking at the signature.
            throw new AwsException(AwsErrorType.REQUEST_ENTITY_TOO_LARGE,
                    "Request body must not be larger than " + properties.maxRequestBodySize().toBytes() + " bytes.");
        }
        byte[] body = request.getAttribute(SigV4BodyCachingFilter.BODY_ATTRIBUTE) instanceof byte[] kept
                ? kept : null;
        SigV4Verifier.Verified signer;
        try {
            signer = verifier.verify(new ServletSigV4Request(request, body));
        } catch (SigV4Exception e) {
            log.debug("{} {} refused: {}: {}", request.getMethod(), request.getRequestURI(),
                    e.failure().errorName(), e.getMessage());
            throw new AwsException(errorType(e.failure()), e.getMessage());
        }
        AuthenticatedCaller caller = new AuthenticatedCaller(signer.accessKeyId(),
                accountOf(credentials.get(signer.accessKeyId())), signer.region());
        request.setAttribute(AuthenticatedCaller.ATTRIBUTE, caller);
        // Every later step (throttle, faults, the operation, the request log) sees the signer's account.
        CallerResolver.remember(request, caller.accountRegion());
        return caller;
    }

    private String accountOf(Credential credential) {
        if (credential.accountId() != null && !credential.accountId().isBlank()) {
            return credential.accountId();
        }
        return AccountRegion.isAccountId(credential.accessKeyId())
                ? credential.accessKeyId() : properties.defaultAccount();
    }

    /** The AWS error for a failure. */
    static AwsErrorType errorType(Failure failure) {
        return switch (failure) {
            case MISSING_AUTHENTICATION_TOKEN -> AwsErrorType.MISSING_AUTHENTICATION_TOKEN;
            case UNRECOGNIZED_CLIENT -> AwsErrorType.UNRECOGNIZED_CLIENT;
            case INVALID_SIGNATURE -> AwsErrorType.INVALID_SIGNATURE;
            case INCOMPLETE_SIGNATURE -> AwsErrorType.INCOMPLETE_SIGNATURE;
        };
    }

    /** True for a request to an AWS face: {@code /v1/...} or {@code /v2/...}, as sent or as the container maps it. */
    static boolean isAwsPath(HttpServletRequest request) {
        return isAwsPath(request.getRequestURI()) || isAwsPath(request.getServletPath());
    }

    /** True for the control plane and the actuator, which never take part in authentication. */
    static boolean isExempt(HttpServletRequest request) {
        if (isAwsPath(request)) {
            return false;
        }
        String servletPath = request.getServletPath();
        return isExemptPath(request.getRequestURI())
                && (servletPath == null || servletPath.isEmpty() || isExemptPath(servletPath));
    }

    private static boolean isAwsPath(String path) {
        return path != null && (path.startsWith("/v1/") || path.startsWith("/v2/"));
    }

    private static boolean isExemptPath(String path) {
        return path != null && (path.equals("/_mock") || path.startsWith("/_mock/")
                || path.equals("/actuator") || path.startsWith("/actuator/"));
    }
}
