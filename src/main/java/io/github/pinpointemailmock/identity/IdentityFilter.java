package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The SES v2 {@code ListEmailIdentities} filter, by the {@code IdentityFilterKey}s of current SDKs. Every key
 * given must match: {@code IDENTITY_NAME_CONTAINS} a part of the name, ignoring case; {@code IDENTITY_TYPE} and
 * {@code VERIFICATION_STATUS} a value exactly.
 */
final class IdentityFilter {

    private static final Set<String> KEYS = Set.of("IDENTITY_NAME_CONTAINS", "IDENTITY_TYPE", "VERIFICATION_STATUS");
    private static final Set<String> IDENTITY_TYPES = Set.of("EMAIL_ADDRESS", "DOMAIN", "MANAGED_DOMAIN");
    private static final Set<String> VERIFICATION_STATUSES =
            Set.of("PENDING", "SUCCESS", "FAILED", "TEMPORARY_FAILURE", "NOT_STARTED");

    private IdentityFilter() {
    }

    /** The identities a filter lets through; no filter, or an empty one, lets every identity through. */
    static Predicate<EmailIdentity> of(Map<String, String> filter) {
        Predicate<EmailIdentity> matches = identity -> true;
        if (filter == null) {
            return matches;
        }
        for (Map.Entry<String, String> entry : new TreeMap<>(filter).entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue();
            if (!KEYS.contains(key)) {
                throw AwsRequestValidator.invalidMember("filter",
                        "Member must have keys that satisfy enum value set: " + sorted(KEYS));
            }
            if (value == null) {
                throw AwsRequestValidator.invalidMember("filter." + key, "Member must not be null");
            }
            matches = matches.and(switch (key) {
                case "IDENTITY_NAME_CONTAINS" -> {
                    String part = value.toLowerCase(Locale.ROOT);
                    yield identity -> identity.name().toLowerCase(Locale.ROOT).contains(part);
                }
                case "IDENTITY_TYPE" -> {
                    requireOneOf(key, value, IDENTITY_TYPES);
                    yield identity -> identity.type().name().equals(value);
                }
                default -> {
                    requireOneOf(key, value, VERIFICATION_STATUSES);
                    yield identity -> value.equals(identity.verificationStatus());
                }
            });
        }
        return matches;
    }

    private static void requireOneOf(String key, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw AwsRequestValidator.invalidMember("filter." + key,
                    "Member must satisfy enum value set: " + sorted(allowed));
        }
    }

    private static String sorted(Set<String> values) {
        return new TreeSet<>(values).toString();
    }
}
