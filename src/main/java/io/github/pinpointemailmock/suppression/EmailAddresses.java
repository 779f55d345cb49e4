package io.github.pinpointemailmock.suppression;

import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.util.regex.Pattern;

/** What the suppression list accepts as an address: {@code local-part@domain}, as a mailbox is written. */
final class EmailAddresses {

    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    /** Two labels at least, at most 253 characters, a last label starting with a letter (no IP literal). */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)(?:" + LABEL + "\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    /**
     * RFC 5322's dot-atom, at most 64 characters (RFC 5321), without {@code /} and {@code %}: Jetty refuses those in
     * a path even percent-encoded, so an entry holding one could be put but never read or deleted.
     */
    private static final Pattern LOCAL_PART = Pattern.compile(
            "(?=.{1,64}$)[A-Za-z0-9!#$&'*+=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$&'*+=?^_`{|}~-]+)*");

    private EmailAddresses() {
    }

    /** Refuses anything but a well-formed address, as a validation error of the {@code EmailAddress} member. */
    static void requireWellFormed(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0 || !LOCAL_PART.matcher(address.substring(0, at)).matches()
                || !DOMAIN.matcher(address.substring(at + 1)).matches()) {
            throw AwsRequestValidator.invalidMember("emailAddress", "Member must be an email address of the form "
                    + "local-part@domain, with a domain of dot-separated labels of letters, digits and hyphens");
        }
    }
}
