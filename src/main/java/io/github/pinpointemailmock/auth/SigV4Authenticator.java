package io.github.pinpointemailmock.auth;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.caller.CallerResolver;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.config.MockProperties.Auth.AuthMode;
import io.github.pinpointemailmock.config.MockProperties.Auth.Credential;
import io.github.pinpointemailmock.error.AwsException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code mock.auth.mode=strict}: checks the Signature Version 4 of an AWS request against the keys of
 * {@code mock.auth.credentials}, and makes the account of the key that signed the caller, rather than one read from
 * the access key id. The request pipeline calls it for every AWS operation, with the body it read.
 */
@Component
public class SigV4Authenticator {

    /** The signing name of both Pinpoint Email and SES v2 in their models. */
    static final String SIGNING_NAME = "ses";

    private static final Logger log = LoggerFactory.getLogger(SigV4Authenticator.class);

    private final MockProperties properties;
    private final Map<String, Credential> credentials = new LinkedHashMap<>();
    private final SigV4Verifier verifier;

    public SigV4Authenticator(MockProperties properties, Clock clock) {
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
     * Verifies the request's signature and fixes its caller (see {@link CallerResolver#remember}) to the account of
     * the key that signed and the region of its scope; an {@link AwsException} with the error AWS answers when the
     * request is unsigned or wrongly signed.
     *
     * @param body the request body as it arrived, whole
     * @return the caller
     */
    public AccountRegion authenticate(HttpServletRequest request, byte[] body) {
        SigV4Verifier.Verified signer;
        try {
            signer = verifier.verify(new ServletSigV4Request(request, body));
        } catch (SigV4Exception e) {
            log.debug("{} {} refused: {}: {}", request.getMethod(), request.getRequestURI(),
                    e.type().errorName(), e.getMessage());
            throw new AwsException(e.type(), e.getMessage());
        }
        AccountRegion caller = new AccountRegion(accountOf(credentials.get(signer.accessKeyId())), signer.region());
        // Every later step (throttle, faults, the operation, the request log) sees the signer's account.
        CallerResolver.remember(request, caller);
        return caller;
    }

    private String accountOf(Credential credential) {
        if (credential.accountId() != null && !credential.accountId().isBlank()) {
            return credential.accountId();
        }
        return AccountRegion.isAccountId(credential.accessKeyId())
                ? credential.accessKeyId() : properties.defaultAccount();
    }
}
