package io.github.pinpointemailmock.deliverability;

import java.util.List;
import java.util.Locale;

/**
 * The mailbox provider a recipient's domain belongs to, named as the Deliverability dashboard names providers. The
 * emulator knows the big four by their common domains; every other domain (the mailbox simulator's too) is
 * {@code Other}.
 */
final class Isps {

    static final String OTHER = "Other";
    /** The panel of providers a predictive inbox placement test reports on. */
    static final List<String> TEST_PANEL = List.of("Gmail", "Hotmail", "Yahoo", "AOL");

    private Isps() {
    }

    static String ofAddress(String address) {
        String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            return "Gmail";
        }
        if (startsWithLabel(domain, "hotmail") || startsWithLabel(domain, "outlook")
                || startsWithLabel(domain, "live") || domain.equals("msn.com")) {
            return "Hotmail";
        }
        if (startsWithLabel(domain, "yahoo") || domain.equals("ymail.com")) {
            return "Yahoo";
        }
        if (domain.equals("aol.com")) {
            return "AOL";
        }
        return OTHER;
    }

    private static boolean startsWithLabel(String domain, String label) {
        return domain.startsWith(label + ".");
    }
}
