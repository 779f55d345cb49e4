package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code SendEmail} as SES v2 models it; Pinpoint Email's request is a subset (see {@link #pinpointEmailView()}).
 * Blobs ({@code Raw.Data}, an attachment's {@code RawContent}) are kept as the base64 text the wire carries, so that
 * undecodable base64 is this operation's {@code BadRequestException} rather than a serialization error.
 */
record SendEmailRequest(
        String FromEmailAddress,
        @Size(min = 1) String FromEmailAddressIdentityArn,
        @Valid Destination Destination,
        List<String> ReplyToAddresses,
        String FeedbackForwardingEmailAddress,
        @Size(min = 1) String FeedbackForwardingEmailAddressIdentityArn,
        @NotNull @Valid EmailContent Content,
        List<@NotNull @Valid MessageTag> EmailTags,
        String ConfigurationSetName,
        String EndpointId,
        @Size(min = 1) String TenantName,
        @Valid ListManagementOptions ListManagementOptions) {

    /** Pinpoint Email knows none of SES v2's extra members, so ignores them as unknown input. */
    SendEmailRequest pinpointEmailView() {
        EmailContent content = Content == null ? null : new EmailContent(
                Content.Simple() == null ? null
                        : new Message(Content.Simple().Subject(), Content.Simple().Body(), null, null),
                Content.Raw(), Content.Template() == null ? null
                : new Template(null, Content.Template().TemplateArn(), null, Content.Template().TemplateData(),
                null, null));
        return new SendEmailRequest(FromEmailAddress, null, Destination, ReplyToAddresses,
                FeedbackForwardingEmailAddress, null, content, EmailTags, ConfigurationSetName, null, null, null);
    }

    record Destination(List<String> ToAddresses, List<String> CcAddresses, List<String> BccAddresses) {
    }

    record EmailContent(@Valid Message Simple, @Valid RawMessage Raw, @Valid Template Template) {
    }

    record Message(@NotNull @Valid Content Subject, @NotNull @Valid Body Body,
                   @Size(max = 15) List<@NotNull @Valid MessageHeader> Headers,
                   List<@NotNull @Valid Attachment> Attachments) {
    }

    record Content(@NotNull String Data, String Charset) {
    }

    record Body(@Valid Content Text, @Valid Content Html) {
    }

    record MessageHeader(@NotNull @Size(min = 1, max = 126) @Pattern(regexp = "[!-9;-@A-~]+") String Name,
                         @NotNull @Size(min = 1, max = 995) @Pattern(regexp = "[ -~]*") String Value) {
    }

    record Attachment(@NotNull String RawContent,
                      @OneOf({"ATTACHMENT", "INLINE"}) String ContentDisposition,
                      @NotNull @Size(max = 255) String FileName,
                      @Size(max = 1000) String ContentDescription,
                      @Size(min = 1, max = 78) String ContentId,
                      @OneOf({"BASE64", "QUOTED_PRINTABLE", "SEVEN_BIT"}) String ContentTransferEncoding,
                      @Size(min = 1, max = 78) String ContentType) {
    }

    record RawMessage(@NotNull String Data) {
    }

    record Template(@Size(min = 1) String TemplateName, @Size(min = 1) String TemplateArn,
                    TemplateContent TemplateContent, @Size(max = 262144) String TemplateData,
                    @Size(max = 15) List<@NotNull @Valid MessageHeader> Headers,
                    List<@NotNull @Valid Attachment> Attachments) {
    }

    record TemplateContent(String Subject, String Text, String Html) {
    }

    /**
     * The model gives no pattern; the SES documentation of {@code MessageTag} does: ASCII letters, digits,
     * underscores and dashes, at most 256 characters, for the name and for the value.
     */
    record MessageTag(@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,256}") String Name,
                      @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{0,256}") String Value) {
    }

    record ListManagementOptions(@NotNull String ContactListName, String TopicName) {
    }
}
