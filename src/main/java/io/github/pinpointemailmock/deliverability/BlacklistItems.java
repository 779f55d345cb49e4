package io.github.pinpointemailmock.deliverability;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** What may be listed on a blacklist: an IPv4 or IPv6 address, or a domain name. */
final class BlacklistItems {

    /** The longest domain name (RFC 1035), and so the longest item: an IPv6 address is shorter. */
    static final int MAX_LENGTH = 253;

    private static final Pattern IPV4 = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    /**
     * Only hex digits, colons and dots (for an embedded IPv4 tail), starting with a hex digit or a colon: on such
     * text {@link InetAddress#getByName} parses a literal and never asks DNS, which it would for anything else.
     */
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");

    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

    /** Two labels at least, and a last label that starts with a letter, so that a malformed IP is not a domain. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:" + LABEL + "\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private BlacklistItems() {
    }

    static boolean isValid(String item) {
        if (item.length() > MAX_LENGTH) {
            return false;
        }
        return IPV4.matcher(item).matches() || isIpv6(item) || DOMAIN.matcher(item).matches();
    }

    private static boolean isIpv6(String item) {
        if (item.indexOf(':') < 0 || !IPV6_CHARACTERS.matcher(item).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(item);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
