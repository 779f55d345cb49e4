package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Properties;

/** The MIME message a predictive inbox placement test sends, as {@code GetDeliverabilityTestReport} shows it. */
final class TestMessages {

    private static final Session SESSION = Session.getInstance(new Properties());

    private TestMessages() {
    }

    /** The subject and MIME text of a message of the given parts. */
    static Tested compose(String reportId, String from, String subject, String text, String html, Instant now) {
        try {
            MimeMessage message = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    // The default looks up the local host name; an id of the report's own is enough.
                    setHeader("Message-ID", "<" + reportId + "@deliverability-test.local>");
                }
            };
            message.setFrom(new InternetAddress(from));
            message.setSubject(subject, "UTF-8");
            message.setSentDate(Date.from(now));
            if (text != null && html != null) {
                MimeMultipart alternative = new MimeMultipart("alternative");
                MimeBodyPart textPart = new MimeBodyPart();
                textPart.setText(text, "UTF-8");
                MimeBodyPart htmlPart = new MimeBodyPart();
                htmlPart.setText(html, "UTF-8", "html");
                alternative.addBodyPart(textPart);
                alternative.addBodyPart(htmlPart);
                message.setContent(alternative);
            } else if (html != null) {
                message.setText(html, "UTF-8", "html");
            } else {
                message.setText(text == null ? "" : text, "UTF-8");
            }
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return new Tested(subject, out.toString(StandardCharsets.UTF_8));
        } catch (MessagingException | IOException e) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "The message cannot be composed: " + e.getMessage());
        }
    }

    /** A {@code Raw} message as given, its subject read from its headers. */
    static Tested raw(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "Content.Raw.Data is not valid base64: "
                    + e.getMessage());
        }
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
            String subject = message.getSubject();
            return new Tested(subject == null ? "" : subject, new String(bytes, StandardCharsets.UTF_8));
        } catch (MessagingException e) {
            throw new AwsException(AwsErrorType.MESSAGE_REJECTED, "The raw message cannot be parsed: "
                    + e.getMessage());
        }
    }

    record Tested(String subject, String mime) {
    }
}
