package io.github.pinpointemailmock.mailbox;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What a MIME message holds, read with Jakarta Mail: the first plain-text and the first HTML body that are not
 * attachments, and every other leaf part as an attachment.
 */
public final class MimeParts {

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail looks its StreamProvider up for every part it creates, through a ServiceLoader scan of the
        // class path that locks its jars: under concurrent sends that was the bottleneck. Named by this property,
        // the implementation is loaded by name instead (Angus Mail's, the one on the class path).
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private static final Session SESSION = Session.getInstance(new Properties());

    private MimeParts() {
    }

    public static Session session() {
        return SESSION;
    }

    public static MimeMessage parse(byte[] raw) throws MessagingException {
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
    }

    public static Contents read(Part message) throws MessagingException, IOException {
        Contents contents = new Contents();
        walk(message, contents);
        return contents;
    }

    private static void walk(Part part, Contents contents) throws MessagingException, IOException {
        // Read through the part's own data source, not getContent(): that would look up a content handler in
        // Jakarta Activation's command map, whose methods are synchronized and load classes (a bottleneck under load).
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = new MimeMultipart(new MimePartDataSource((MimePart) part));
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, contents);
            }
            return;
        }
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (!attachment && part.isMimeType("text/plain") && contents.text == null) {
            contents.text = text(part);
        } else if (!attachment && part.isMimeType("text/html") && contents.html == null) {
            contents.html = text(part);
        } else {
            String[] contentId = part.getHeader("Content-ID");
            byte[] bytes;
            try (var in = part.getInputStream()) {
                bytes = in.readAllBytes();
            }
            contents.attachments.add(new Content(part.getFileName(), baseType(part.getContentType()),
                    part.getDisposition() == null ? null : part.getDisposition().toLowerCase(java.util.Locale.ROOT),
                    contentId == null ? null : contentId[0], bytes));
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        String charset = new ContentType(part.getContentType()).getParameter("charset");
        byte[] bytes;
        try (var in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        try {
            return new String(bytes, charset == null ? StandardCharsets.US_ASCII
                    : Charset.forName(MimeUtility.javaCharset(charset)));
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEncodingException("Unsupported charset " + charset);
        }
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "text/plain";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    }

    public static final class Contents {
        private String text;
        private String html;
        private final List<Content> attachments = new ArrayList<>();

        public String text() {
            return text;
        }

        public String html() {
            return html;
        }

        public List<Content> attachments() {
            return attachments;
        }
    }

    public record Content(String fileName, String contentType, String disposition, String contentId, byte[] bytes) {
    }
}
