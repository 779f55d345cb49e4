package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The rules of identity names: what a well-formed address or domain is, which names denote the same identity, and
 * the Easy DKIM tokens of a domain.
 */
final class IdentityNames {

    static final String MEMBER = "emailIdentity";

    /** One DNS label: 1 to 63 letters, digits and hyphens, neither starting nor ending with a hyphen. */
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    /** At least two labels, at most 253 characters, and a last label that starts with a letter (so no IP address). */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)(?:" + LABEL + "\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    /**
     * RFC 5322's dot-atom, at most 64 characters (RFC 5321): runs of atext separated by single dots; but without
     * {@code /} and {@code %}, which Jetty refuses in a path even percent-encoded ("Ambiguous URI path encoding"),
     * so an identity holding one could be created but never read or deleted.
     */
    private static final Pattern LOCAL_PART = Pattern.compile(
            "(?=.{1,64}$)[A-Za-z0-9!#$&'*+=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$&'*+=?^_`{|}~-]+)*");

    private static final int DKIM_TOKENS = 3;
    private static final int DKIM_TOKEN_LENGTH = 32;

    private IdentityNames() {
    }

    /**
     * Refuses a name that is neither {@code local-part@domain} nor a domain name, as a validation error of the
     * {@code EmailIdentity} member. Expects the length rules to have passed already.
     */
    static void requireWellFormed(String name) {
        int at = name.lastIndexOf('@');
        if (at >= 0) {
            if (!LOCAL_PART.matcher(name.substring(0, at)).matches()
                    || !DOMAIN.matcher(name.substring(at + 1)).matches()) {
                throw AwsRequestValidator.invalidMember(MEMBER, "Member must be an email address of the form "
                        + "local-part@domain, with a domain of dot-separated labels of letters, digits and hyphens");
            }
        } else if (!DOMAIN.matcher(name).matches()) {
            throw AwsRequestValidator.invalidMember(MEMBER, "Member must be an email address or a domain name "
                    + "of at least two dot-separated labels of letters, digits and hyphens");
        }
    }

    /** Whether the name is a domain name as an identity's would be: two or more labels, the last not numeric. */
    static boolean isDomain(String name) {
        return DOMAIN.matcher(name).matches();
    }

    /** The domain of an identity: the domain itself, or an address's part after the {@code @}. */
    static String domainOf(String identity) {
        return identity.substring(identity.lastIndexOf('@') + 1);
    }

    /**
     * The domain and each of its parents in turn, most specific first ({@code a.b.example.com},
     * {@code b.example.com}, {@code example.com}, {@code com}).
     */
    static List<String> domainAndParents(String domain) {
        List<String> chain = new ArrayList<>();
        for (String rest = domain; !rest.isEmpty(); ) {
            chain.add(rest);
            int dot = rest.indexOf('.');
            rest = dot < 0 ? "" : rest.substring(dot + 1);
        }
        return chain;
    }

    /**
     * The key an identity is stored and found under. Domain names are case-insensitive, so a domain's key is its
     * lower-case form; an address is kept as given, since its local part may be case-sensitive.
     */
    static String key(String name) {
        return IdentityType.of(name) == IdentityType.DOMAIN ? name.toLowerCase(Locale.ROOT) : name;
    }

    /**
     * The three Easy DKIM tokens of a domain: stable (the same domain, in any case, always gets the same tokens)
     * and shaped like the real ones, 32 lower-case hex characters each.
     */
    static List<String> dkimTokens(String domain) {
        String normalized = domain.toLowerCase(Locale.ROOT);
        return IntStream.rangeClosed(1, DKIM_TOKENS)
                .mapToObj(i -> HexFormat.of().formatHex(sha256(i + ":" + normalized)).substring(0, DKIM_TOKEN_LENGTH))
                .toList();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
