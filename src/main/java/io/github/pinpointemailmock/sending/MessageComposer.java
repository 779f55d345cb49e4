package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.mailbox.MimeParts;
import io.github.pinpointemailmock.sending.Addresses.Mailbox;
import io.github.pinpointemailmock.sending.SendEmailRequest.Attachment;
import io.github.pinpointemailmock.sending.SendEmailRequest.Content;
import io.github.pinpointemailmock.sending.SendEmailRequest.Destination;
import io.github.pinpointemailmock.sending.SendEmailRequest.Message;
import io.github.pinpointemailmock.sending.SendEmailRequest.MessageHeader;
import io.github.pinpointemailmock.sending.SendEmailRequest.MessageTag;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the message SES would deliver, with Jakarta Mail: from the parts of {@code Simple} content, or from the
 * MIME of {@code Raw} content. Either way it carries SES's own {@code Message-ID} and {@code Date}, and no
 * {@code Bcc} or {@code X-SES-*} header.
 */
final class MessageComposer {

    static final String CONFIGURATION_SET_HEADER = "X-SES-CONFIGURATION-SET";
    static final String MESSAGE_TAGS_HEADER = "X-SES-MESSAGE-TAGS";
    private static final String DEFAULT_CHARSET = "UTF-8";
    /**
     * The header fields SES lets appear at most once in a message (SES Developer Guide, "Amazon SES header
     * fields"); a second one is SES's {@code InvalidParameterValue} "Duplicate header '<name>'.", which SES v2 and
     * Pinpoint Email answer as {@code BadRequestException}. Lower case, as header names are compared.
     */
    static final Set<String> SINGLE_HEADERS = Set.of("accept-language", "acceptlanguage", "archived-at",
            "auto-submitted", "bounces-to", "comments", "content-alternative", "content-base", "content-class",
            "content-description", "content-disposition", "content-duration", "content-id", "content-language",
            "content-length", "content-location", "content-md5", "content-transfer-encoding", "content-type", "date",
            "delivered-to", "disposition-notification-options", "disposition-notification-to", "dkim-signature",
            "domainkey-signature", "errors-to", "from", "importance", "in-reply-to", "keywords", "list-archive",
            "list-help", "list-id", "list-owner", "list-post", "list-subscribe", "list-unsubscribe",
            "list-unsubscribe-post", "message-context", "message-id", "mime-version", "organization", "original-from",
            "original-message-id", "original-recipient", "original-subject", "precedence", "priority", "references",
            "reply-to", "return-path", "return-receipt-to", "sender", "solicitation", "sensitivity", "subject",
            "thread-index", "thread-topic", "user-agent", "vbr-info");
    /**
     * The single header fields every {@code Simple} message has before its {@code Headers} are added: the sender,
     * the subject, SES's {@code Date} and {@code Message-ID}, and the MIME headers of the body.
     */
    private static final Set<String> SIMPLE_OWN_HEADERS = Set.of("from", "subject", "date", "message-id",
            "mime-version", "content-type", "content-transfer-encoding");

    private MessageComposer() {
    }

    static String messageIdHeader(String messageId) {
        return "<" + messageId + "@email.amazonses.com>";
    }

    static ComposedMessage simple(SendEmailRequest request, String messageId, Instant now, long maxSize) {
        return simple(request, request.Content().Simple(), "Content.Simple", messageId, now, maxSize);
    }

    /**
     * The message of {@code simple}'s parts, addressed as the request says: {@code Simple} content itself, or a
     * template's rendered subject, text and HTML with the template's headers and attachments. {@code member} is
     * where the parts came from ({@code Content.Simple}, {@code Content.Template}), for the errors that name it.
     */
    static ComposedMessage simple(SendEmailRequest request, Message simple, String member, String messageId,
                                  Instant now, long maxSize) {
        Mailbox from = requireFrom(request.FromEmailAddress());
        Destination destination = request.Destination();
        List<Mailbox> to = mailboxes(destination == null ? null : destination.ToAddresses());
        List<Mailbox> cc = mailboxes(destination == null ? null : destination.CcAddresses());
        List<Mailbox> bcc = mailboxes(destination == null ? null : destination.BccAddresses());
        List<Mailbox> replyTo = mailboxes(request.ReplyToAddresses());
        List<Attachment> attachments = simple.Attachments() == null ? List.of() : simple.Attachments();
        try {
            SesMessage message = new SesMessage(MimeParts.session(), messageId);
            message.setFrom(from.internet());
            message.setRecipients(jakarta.mail.Message.RecipientType.TO, internet(to));
            message.setRecipients(jakarta.mail.Message.RecipientType.CC, internet(cc));
            if (!replyTo.isEmpty()) {
                message.setReplyTo(internet(replyTo));
            }
            message.setSubject(simple.Subject().Data(), charset(simple.Subject()));
            message.setSentDate(Date.from(now));
            if (simple.Headers() != null) {
                Set<String> present = new HashSet<>(SIMPLE_OWN_HEADERS);
                if (!replyTo.isEmpty()) {
                    present.add("reply-to");
                }
                for (MessageHeader header : simple.Headers()) {
                    String name = header.Name().toLowerCase(Locale.ROOT);
                    if (SINGLE_HEADERS.contains(name) && !present.add(name)) {
                        throw duplicateHeader(header.Name());
                    }
                    // SES never shows blind copies in the message it delivers.
                    if (!name.equals("bcc")) {
                        message.addHeader(header.Name(), header.Value());
                    }
                }
            }
            MimeBodyPart body = body(simple);
            if (!attachments.isEmpty()) {
                MimeMultipart mixed = new MimeMultipart("mixed");
                mixed.addBodyPart(body);
                for (Attachment attachment : attachments) {
                    mixed.addBodyPart(attachment(attachment, member + ".Attachments.RawContent"));
                }
                body = multipartPart(mixed);
            }
            message.setEncodedContent(body);
            byte[] raw = bytes(message);
            requireSize(raw.length, maxSize);
            return new ComposedMessage(from, to, cc, bcc, replyTo, null, List.of(), raw);
        } catch (MessagingException | IOException e) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "The message could not be built: " + e.getMessage());
        }
    }

    static ComposedMessage raw(SendEmailRequest request, String messageId, Instant now, long maxSize) {
        byte[] data = decodeBase64(request.Content().Raw().Data(), "Content.Raw.Data");
        requireSize(data.length, maxSize);
        requireHeaderSection(data);
        try {
            MimeMessage message = new ParsedMessage(MimeParts.session(), new ByteArrayInputStream(data), messageId);
            requireSingleHeadersOnce(message);
            Mailbox from = request.FromEmailAddress() != null ? Addresses.parse(request.FromEmailAddress())
                    : headerFrom(message.getFrom());
            Destination destination = request.Destination();
            boolean given = destination != null && (notEmpty(destination.ToAddresses())
                    || notEmpty(destination.CcAddresses()) || notEmpty(destination.BccAddresses()));
            List<Mailbox> to = given ? mailboxes(destination.ToAddresses())
                    : mailboxes(message.getRecipients(jakarta.mail.Message.RecipientType.TO));
            List<Mailbox> cc = given ? mailboxes(destination.CcAddresses())
                    : mailboxes(message.getRecipients(jakarta.mail.Message.RecipientType.CC));
            List<Mailbox> bcc = given ? mailboxes(destination.BccAddresses())
                    : mailboxes(message.getRecipients(jakarta.mail.Message.RecipientType.BCC));
            List<Mailbox> replyTo = request.ReplyToAddresses() != null ? mailboxes(request.ReplyToAddresses())
                    : mailboxes(message.getHeader("Reply-To") == null ? null : message.getReplyTo());
            String configurationSet = message.getHeader(CONFIGURATION_SET_HEADER, null);
            List<MessageTag> tags = messageTags(message.getHeader(MESSAGE_TAGS_HEADER, ","));
            message.removeHeader(CONFIGURATION_SET_HEADER);
            message.removeHeader(MESSAGE_TAGS_HEADER);
            message.removeHeader("Bcc");
            message.setHeader("Message-ID", messageIdHeader(messageId));
            message.setSentDate(Date.from(now));
            byte[] raw = bytes(message);
            // Read it back whole now, so that MIME the library cannot read is refused here, not when it is read.
            MimeParts.read(MimeParts.parse(raw));
            return new ComposedMessage(from, to, cc, bcc, replyTo,
                    configurationSet == null ? null : configurationSet.trim(), tags, raw);
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof AwsException aws) {
                throw aws;
            }
            throw new AwsException(AwsErrorType.BAD_REQUEST, "The raw message could not be parsed: " + e.getMessage());
        }
    }

    /**
     * SES's wording, whose v1 API answers it as {@code InvalidParameterValue}: a parameter error, which SES v2 and
     * Pinpoint Email answer as {@code BadRequestException}.
     */
    static void requireSize(long size, long maxSize) {
        if (size > maxSize) {
            throw new AwsException(AwsErrorType.BAD_REQUEST,
                    "Message length is more than " + maxSize + " bytes long: '" + size + "'.");
        }
    }

    static AwsException duplicateHeader(String name) {
        return new AwsException(AwsErrorType.BAD_REQUEST, "Duplicate header '" + name + "'.");
    }

    /** A raw message may have each of the {@link #SINGLE_HEADERS} once, whatever SES then replaces. */
    private static void requireSingleHeadersOnce(MimeMessage message) throws MessagingException {
        Set<String> seen = new HashSet<>();
        for (Header header : Collections.list(message.getAllHeaders())) {
            String name = header.getName().toLowerCase(Locale.ROOT);
            if (SINGLE_HEADERS.contains(name) && !seen.add(name)) {
                throw duplicateHeader(header.getName());
            }
        }
    }

    /**
     * {@code Raw.Data} must begin with a header section (RFC 5322: fields of a name, a colon and a value, and
     * their folded continuations), as the model says a raw message has a header and a body: bytes that are no
     * message at all are refused, even when {@code FromEmailAddress} and {@code Destination} say whom to send them.
     */
    static void requireHeaderSection(byte[] data) {
        int lineStart = 0;
        int line = 0;
        while (lineStart < data.length) {
            int end = lineStart;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            int contentEnd = end > lineStart && data[end - 1] == '\r' ? end - 1 : end;
            if (contentEnd == lineStart) {
                break;
            }
            line++;
            byte first = data[lineStart];
            if (first == ' ' || first == '\t') {
                if (line == 1) {
                    throw notAMessage("it begins with a folded line");
                }
            } else {
                int colon = lineStart;
                while (colon < contentEnd && data[colon] != ':') {
                    byte b = data[colon];
                    if (b < 33 || b > 126) {
                        throw notAMessage("line " + line + " of its header section is not a header field");
                    }
                    colon++;
                }
                if (colon == lineStart) {
                    // SES's own wording for a field without a name.
                    throw new AwsException(AwsErrorType.BAD_REQUEST, "Empty header names are illegal.");
                }
                if (colon == contentEnd) {
                    throw notAMessage("line " + line + " of its header section is not a header field");
                }
            }
            lineStart = end + 1;
        }
        if (line == 0) {
            throw notAMessage("it has no header section");
        }
    }

    private static AwsException notAMessage(String why) {
        return new AwsException(AwsErrorType.BAD_REQUEST, "The raw message is not an RFC 5322 message: " + why + ".");
    }

    /** {@code X-SES-MESSAGE-TAGS: name1=value1, name2=value2}, as SES reads it. */
    private static List<MessageTag> messageTags(String header) {
        List<MessageTag> tags = new ArrayList<>();
        if (header == null) {
            return tags;
        }
        for (String pair : header.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new AwsException(AwsErrorType.BAD_REQUEST,
                        "Invalid " + MESSAGE_TAGS_HEADER + " header: expected name=value, got '" + pair.trim() + "'.");
            }
            tags.add(new MessageTag(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim()));
        }
        return tags;
    }

    private static MimeBodyPart body(Message simple) throws MessagingException, IOException {
        Content text = simple.Body().Text();
        Content html = simple.Body().Html();
        if (text != null && html != null) {
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(textPart(text, "plain"));
            alternative.addBodyPart(textPart(html, "html"));
            return multipartPart(alternative);
        }
        if (html != null) {
            return textPart(html, "html");
        }
        return textPart(text != null ? text : new Content("", null), "plain");
    }

    /*
     * Every part is built already encoded, with its Content-Type and Content-Transfer-Encoding set, so that writing
     * it needs no content handler from Jakarta Activation's command map: its lookups are synchronized and load
     * classes, and under concurrent sends they were the bottleneck.
     */

    private static MimeBodyPart textPart(Content content, String subtype) throws MessagingException, IOException {
        String charset = charset(content);
        byte[] bytes = content.Data().getBytes(Charset.forName(charset));
        ContentType type = new ContentType("text", subtype, null);
        type.setParameter("charset", charset);
        String encoding = sevenBitSafe(bytes) ? "7bit" : "quoted-printable";
        return encodedPart(type.toString(), encoding, encode(bytes, encoding));
    }

    private static MimeBodyPart multipartPart(MimeMultipart multipart) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        multipart.writeTo(out);
        return encodedPart(multipart.getContentType(), "7bit", out.toByteArray());
    }

    private static MimeBodyPart encodedPart(String contentType, String encoding, byte[] encoded)
            throws MessagingException {
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", contentType);
        headers.setHeader("Content-Transfer-Encoding", encoding);
        return new MimeBodyPart(headers, encoded);
    }

    private static MimeBodyPart attachment(Attachment attachment, String member)
            throws MessagingException, IOException {
        byte[] bytes = decodeBase64(attachment.RawContent(), member);
        String type = attachment.ContentType() != null ? attachment.ContentType()
                : guessType(attachment.FileName());
        String encoding = attachment.ContentTransferEncoding() == null ? "base64"
                : switch (attachment.ContentTransferEncoding()) {
                    case "QUOTED_PRINTABLE" -> "quoted-printable";
                    case "SEVEN_BIT" -> "7bit";
                    default -> "base64";
                };
        MimeBodyPart part = encodedPart(new ContentType(type).toString(), encoding, encode(bytes, encoding));
        part.setDisposition("INLINE".equals(attachment.ContentDisposition()) ? Part.INLINE : Part.ATTACHMENT);
        part.setFileName(attachment.FileName());
        if (attachment.ContentId() != null) {
            part.setContentID("<" + attachment.ContentId() + ">");
        }
        if (attachment.ContentDescription() != null) {
            part.setDescription(attachment.ContentDescription());
        }
        return part;
    }

    private static boolean sevenBitSafe(byte[] bytes) {
        int lineLength = 0;
        for (byte b : bytes) {
            if (b < 0 || b == 0) {
                return false;
            }
            lineLength = b == '\n' ? 0 : lineLength + 1;
            if (lineLength > 998) {
                return false;
            }
        }
        return true;
    }

    private static byte[] encode(byte[] bytes, String encoding) throws MessagingException, IOException {
        if ("7bit".equals(encoding)) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream encoder = MimeUtility.encode(out, encoding)) {
            encoder.write(bytes);
        }
        return out.toByteArray();
    }

    private static String guessType(String fileName) {
        String type = java.net.URLConnection.guessContentTypeFromName(fileName);
        return type != null ? type : "application/octet-stream";
    }

    private static String charset(Content content) {
        String charset = content.Charset() == null ? DEFAULT_CHARSET : content.Charset();
        try {
            if (Charset.isSupported(charset)) {
                return charset;
            }
        } catch (IllegalCharsetNameException e) {
            // answered below
        }
        throw new AwsException(AwsErrorType.BAD_REQUEST, "Unsupported charset: " + charset);
    }

    static byte[] decodeBase64(String data, String member) {
        try {
            return Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, member + " is not valid base64: " + e.getMessage());
        }
    }

    private static byte[] bytes(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static Mailbox requireFrom(String from) {
        if (from == null) {
            throw missingFrom();
        }
        return Addresses.parse(from);
    }

    private static Mailbox headerFrom(Address[] from) {
        if (from == null || from.length == 0) {
            throw missingFrom();
        }
        return Addresses.parse((InternetAddress) from[0]);
    }

    private static AwsException missingFrom() {
        return new AwsException(AwsErrorType.BAD_REQUEST, "Missing required header 'From'.");
    }

    private static boolean notEmpty(List<String> list) {
        return list != null && !list.isEmpty();
    }

    private static List<Mailbox> mailboxes(List<String> addresses) {
        return addresses == null ? List.of() : addresses.stream().map(Addresses::parse).toList();
    }

    private static List<Mailbox> mailboxes(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        List<Mailbox> mailboxes = new ArrayList<>();
        for (Address address : addresses) {
            mailboxes.add(Addresses.parse((InternetAddress) address));
        }
        return mailboxes;
    }

    private static InternetAddress[] internet(List<Mailbox> mailboxes) {
        return mailboxes.stream().map(Mailbox::internet).toArray(InternetAddress[]::new);
    }

    /** A new message whose {@code Message-ID} is SES's, whatever saving it would make up. */
    private static final class SesMessage extends MimeMessage {
        private final String messageId;

        SesMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageIdHeader(messageId));
        }

        /** The body, already encoded: the message is complete, and written as it stands. */
        void setEncodedContent(MimeBodyPart body) throws MessagingException, IOException {
            setHeader("MIME-Version", "1.0");
            updateMessageID();
            setHeader("Content-Type", body.getContentType());
            setHeader("Content-Transfer-Encoding", body.getEncoding());
            for (String name : new String[] {"Content-Disposition", "Content-ID", "Content-Description"}) {
                String value = body.getHeader(name, null);
                if (value != null) {
                    setHeader(name, value);
                }
            }
            try (InputStream in = body.getRawInputStream()) {
                content = in.readAllBytes();
            }
            saved = true;
            modified = false;
        }
    }

    /** A parsed raw message, whose {@code Message-ID} stays SES's should the library save it. */
    private static final class ParsedMessage extends MimeMessage {
        private final String messageId;

        ParsedMessage(Session session, InputStream in, String messageId) throws MessagingException {
            super(session, in);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageIdHeader(messageId));
        }
    }
}
