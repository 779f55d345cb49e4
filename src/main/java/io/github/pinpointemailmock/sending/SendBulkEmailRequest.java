package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.sending.SendEmailRequest.Destination;
import io.github.pinpointemailmock.sending.SendEmailRequest.MessageHeader;
import io.github.pinpointemailmock.sending.SendEmailRequest.MessageTag;
import io.github.pinpointemailmock.sending.SendEmailRequest.Template;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** SES v2 {@code SendBulkEmail}, as the model gives it: one template, one message per entry. */
record SendBulkEmailRequest(
        String FromEmailAddress,
        @Size(min = 1) String FromEmailAddressIdentityArn,
        List<String> ReplyToAddresses,
        String FeedbackForwardingEmailAddress,
        @Size(min = 1) String FeedbackForwardingEmailAddressIdentityArn,
        List<@NotNull @Valid MessageTag> DefaultEmailTags,
        @NotNull @Valid BulkEmailContent DefaultContent,
        @NotNull List<@NotNull @Valid BulkEmailEntry> BulkEmailEntries,
        String ConfigurationSetName,
        String EndpointId,
        @Size(min = 1) String TenantName) {

    record BulkEmailContent(@Valid Template Template) {
    }

    record BulkEmailEntry(@NotNull @Valid Destination Destination,
                          List<@NotNull @Valid MessageTag> ReplacementTags,
                          @Valid ReplacementEmailContent ReplacementEmailContent,
                          @Size(max = 15) List<@NotNull @Valid MessageHeader> ReplacementHeaders) {
    }

    record ReplacementEmailContent(@Valid ReplacementTemplate ReplacementTemplate) {
    }

    record ReplacementTemplate(@Size(max = 262144) String ReplacementTemplateData) {
    }
}
