package io.github.pinpointemailmock.paging;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Opaque {@code NextToken}s: the last key of a page, bound to the list and the caller it was issued for, and signed
 * with a key made at start-up. A forged or altered token, one from another list, account or region, or one issued
 * before a restart fails the signature or binding check and is a {@code BadRequestException}, as AWS answers.
 */
@Component
public class PageTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public PageTokens() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** A token that resumes {@code list} for {@code caller} after {@code lastKey}. */
    public String issue(String list, AccountRegion caller, String lastKey) {
        byte[] payload = String.join("\n", list, caller.accountId(), caller.region(), lastKey)
                .getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The key to resume after, from a token this process issued for the same list and caller. */
    public String lastKey(String token, String list, AccountRegion caller) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 2) {
            throw invalid();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(parts[0]);
            signature = DECODER.decode(parts[1]);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            throw invalid();
        }
        String[] fields = new String(payload, StandardCharsets.UTF_8).split("\n", 4);
        if (fields.length != 4 || !fields[0].equals(list) || !fields[1].equals(caller.accountId())
                || !fields[2].equals(caller.region())) {
            throw invalid();
        }
        return fields[3];
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    private static AwsException invalid() {
        return new AwsException(AwsErrorType.BAD_REQUEST, "Invalid NextToken.");
    }
}
