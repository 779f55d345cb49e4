package io.github.pinpointemailmock.template;

import io.github.pinpointemailmock.json.EpochSeconds;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.annotation.JsonSerialize;

/** The SES v2 {@code ListEmailTemplates} output; {@code NextToken} is left out on the last page. */
record ListEmailTemplatesResponse(List<EmailTemplateMetadata> TemplatesMetadata, String NextToken) {

    record EmailTemplateMetadata(String TemplateName,
                                 @JsonSerialize(using = EpochSeconds.Serializer.class) Instant CreatedTimestamp) {

        static EmailTemplateMetadata of(EmailTemplate template) {
            return new EmailTemplateMetadata(template.name(), template.createdTimestamp());
        }
    }
}
