package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Addresses as RFC 5322 writes them, read with Jakarta Mail: an optional display name (non-ASCII allowed: it is
 * MIME-encoded), and an address of 7-bit ASCII only. SES does not support SMTPUTF8: the model's {@code Destination}
 * says a non-ASCII local part is not allowed and a non-ASCII domain must be given in Punycode, and SES refuses
 * {@code a@éxample.net} with "Domain contains illegal character". SES checks addresses with the JavaMail rules, so
 * Jakarta Mail's own messages ("Missing final '@domain'", "Domain contains illegal character", "Local address
 * contains control or whitespace", ...) are SES's, and are answered as they are.
 */
final class Addresses {

    private Addresses() {
    }

    /** A mailbox: the bare address ({@code local@domain}, ASCII) and its display name, if any. */
    record Mailbox(String address, String personal) {

        InternetAddress internet() {
            try {
                return new InternetAddress(address, personal, StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }

        String domain() {
            return address.substring(address.lastIndexOf('@') + 1);
        }
    }

    static Mailbox parse(String value) {
        if (value == null || value.isBlank()) {
            throw invalid("Empty address");
        }
        InternetAddress loose;
        try {
            loose = new InternetAddress(value, false);
        } catch (AddressException e) {
            throw invalid(e.getMessage());
        }
        String address = loose.getAddress();
        int at = address == null ? -1 : address.lastIndexOf('@');
        if (at < 1 || at == address.length() - 1) {
            throw invalid("Missing final '@domain'");
        }
        String local = address.substring(0, at);
        if (!local.chars().allMatch(c -> c < 0x80)) {
            throw invalid("Local address contains non-ASCII characters");
        }
        String domain = address.substring(at + 1);
        if (!domain.chars().allMatch(c -> c < 0x80)) {
            throw invalid("Domain contains illegal character");
        }
        try {
            new InternetAddress(address, true).validate();
        } catch (AddressException e) {
            throw invalid(e.getMessage());
        }
        // Not a JavaMail rule: an address SES could deliver to names a host in DNS, so its domain has a dot.
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")) {
            throw invalid("Domain must be a fully qualified domain name");
        }
        return new Mailbox(address, loose.getPersonal());
    }

    /** Whether an address of a request, already read, is well formed; for headers of a raw message. */
    static Mailbox parse(InternetAddress address) {
        return parse(address.toUnicodeString());
    }

    private static AwsException invalid(String reason) {
        return new AwsException(AwsErrorType.BAD_REQUEST, reason);
    }
}
