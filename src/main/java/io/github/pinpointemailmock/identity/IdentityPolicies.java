package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of sending authorization policies: a name of 1 to 64 letters, digits, dashes and underscores, and a
 * policy text that is a JSON object of at most 4 KB, as the SES v2 reference documents them; at most
 * {@value #MAX_PER_IDENTITY} policies on one identity, as many as {@code GetEmailIdentityPolicies} returns at a time.
 * The emulator authorizes no one else to send, so the policy's statements are kept as they are, not interpreted.
 */
final class IdentityPolicies {

    static final int MAX_PER_IDENTITY = 20;
    static final int MAX_POLICY_BYTES = 4096;
    static final int MAX_NAME_LENGTH = 64;
    private static final String NAME_PATTERN = "^[a-zA-Z0-9_-]+$";
    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private IdentityPolicies() {
    }

    static void requireValidName(String name) {
        if (name.length() > MAX_NAME_LENGTH) {
            throw AwsRequestValidator.invalidMember("policyName",
                    "Member must have length less than or equal to " + MAX_NAME_LENGTH);
        }
        if (!NAME.matcher(name).matches()) {
            throw AwsRequestValidator.invalidMember("policyName",
                    "Member must satisfy regular expression pattern: " + NAME_PATTERN);
        }
    }

    static void requireValidPolicy(String policy) {
        if (policy.getBytes(StandardCharsets.UTF_8).length > MAX_POLICY_BYTES) {
            throw AwsRequestValidator.invalidMember("policy",
                    "Member must have length less than or equal to " + MAX_POLICY_BYTES);
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(policy);
        } catch (JacksonException e) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "Policy is not valid JSON.");
        }
        if (parsed == null || !parsed.isObject()) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "Policy must be a JSON object.");
        }
    }

    static AwsException limitExceeded(AwsErrorType type, String identity) {
        return new AwsException(type, "Maximum number of policies (" + MAX_PER_IDENTITY + ") reached for identity "
                + identity + ".");
    }
}
