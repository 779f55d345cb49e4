package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;

/**
 * Addresses as RFC 5322 writes them, read with Jakarta Mail: an optional display name, and an address whose domain
 * may be internationalized (it is kept in its ASCII form, as it goes over SMTP). The local part must be ASCII: SES
 * does not send to SMTPUTF8 mailboxes. Jakarta Mail's own messages explain a refusal, as SES's Java front end does.
 */
final class Addresses {

    private Addresses() {
    }

    /** A mailbox: the bare address ({@code local@ascii-domain}) and its display name, if any. */
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
            throw invalid("Missing final '@domain' in string ``" + value + "''");
        }
        String domain;
        try {
            domain = IDN.toASCII(address.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            throw invalid("Domain contains illegal character in string ``" + value + "''");
        }
        if (domain.isEmpty() || !domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")) {
            throw invalid("Domain must be a fully qualified domain name in string ``" + value + "''");
        }
        String local = address.substring(0, at);
        if (!local.chars().allMatch(c -> c < 0x80)) {
            throw invalid("Local address contains non-ASCII characters in string ``" + value + "''");
        }
        String ascii = local + "@" + domain;
        try {
            new InternetAddress(ascii, true).validate();
        } catch (AddressException e) {
            throw invalid(e.getMessage());
        }
        return new Mailbox(ascii, loose.getPersonal());
    }

    /** Whether an address of a request, already read, is well formed; for headers of a raw message. */
    static Mailbox parse(InternetAddress address) {
        return parse(address.toUnicodeString());
    }

    private static AwsException invalid(String reason) {
        return new AwsException(AwsErrorType.BAD_REQUEST, "Illegal address: " + reason);
    }
}
