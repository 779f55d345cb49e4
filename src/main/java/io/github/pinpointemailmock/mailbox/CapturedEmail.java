package io.github.pinpointemailmock.mailbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * One accepted message as {@code /_mock/emails} shows it (the control plane's camelCase), with the message SES would
 * deliver kept as bytes for {@code /raw} and {@code /attachments/{n}}.
 *
 * @param face        {@code sesv2} or {@code pinpoint-email}, the face it was sent through
 * @param bcc         the blind copies, which the delivered message does not show
 * @param tags        the message's tags: {@code EmailTags} and those of an {@code X-SES-MESSAGE-TAGS} header
 * @param template    the template the message was rendered from, or null for {@code Simple} and {@code Raw}
 * @param recipients  every recipient (To, Cc, Bcc) with its outcome
 * @param size        bytes of the delivered message
 * @param sourceIp    the address the sending request came from (SES's {@code ses:source-ip}), or null when unknown
 * @param operation   the operation that sent it, {@code SendEmail} or {@code SendBulkEmail} (SES's
 *                    {@code ses:operation}), or null when unknown
 */
public record CapturedEmail(
        String messageId,
        String face,
        String account,
        String region,
        @JsonIgnore Instant sentAt,
        String from,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        List<String> replyTo,
        String subject,
        String text,
        String html,
        List<Header> headers,
        List<Attachment> attachments,
        String configurationSet,
        String sendingPoolName,
        Tracking trackingOptions,
        List<Tag> configurationSetTags,
        List<Tag> tags,
        Template template,
        List<Recipient> recipients,
        long size,
        @JsonIgnore byte[] raw,
        String sourceIp,
        String operation) {

    public CapturedEmail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        replyTo = List.copyOf(replyTo);
        headers = List.copyOf(headers);
        attachments = List.copyOf(attachments);
        configurationSetTags = List.copyOf(configurationSetTags);
        tags = List.copyOf(tags);
        recipients = List.copyOf(recipients);
    }

    @JsonProperty("timestamp")
    public String timestamp() {
        return sentAt.toString();
    }

    /** Every recipient address: To, Cc and Bcc. */
    List<String> allRecipients() {
        return recipients.stream().map(Recipient::address).toList();
    }

    public record Header(String name, String value) {
    }

    public record Attachment(String fileName, String contentType, String disposition, String contentId, long size) {
    }

    public record Tag(String name, String value) {
    }

    /**
     * The template of {@code Template} content and what it rendered to.
     *
     * @param name             the stored template's name (given, or read from its ARN); null for inline content
     * @param arn              the {@code TemplateArn} given, else null
     * @param inline           whether the content came inline ({@code TemplateContent}), not from a stored template
     * @param data             the {@code TemplateData} as given
     * @param subject          the rendered subject; null when rendering failed
     * @param text             the rendered text part; null when the template has none or rendering failed
     * @param html             the rendered HTML part; null when the template has none or rendering failed
     * @param renderingFailure why rendering failed (a variable missing from the data), else null
     */
    public record Template(String name, String arn, boolean inline, String data, String subject, String text,
                           String html, String renderingFailure) {
    }

    public record Tracking(String customRedirectDomain, String httpsPolicy) {
    }

    /**
     * What became of one recipient.
     *
     * @param outcome        {@code DELIVERED}, {@code BOUNCED}, {@code COMPLAINED}, {@code SUPPRESSED}, or
     *                       {@code RENDERING_FAILURE} for every recipient of a template that could not be rendered
     * @param bounceType     {@code Permanent} for a bounce, else null
     * @param bounceSubType  {@code General}, {@code Suppressed} or {@code OnAccountSuppressionList} for a bounce
     * @param diagnosticCode the SMTP answer of a bounce
     * @param autoReply      the mailbox simulator's {@code ooto@}: delivered, and an out-of-office reply came back
     */
    public record Recipient(String address, String outcome, String bounceType, String bounceSubType,
                            String diagnosticCode, boolean autoReply) {
    }
}
