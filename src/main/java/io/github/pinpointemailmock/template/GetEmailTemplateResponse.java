package io.github.pinpointemailmock.template;

import io.github.pinpointemailmock.tag.Tag;
import java.util.List;

/** The SES v2 {@code GetEmailTemplate} output. */
record GetEmailTemplateResponse(String TemplateName, EmailTemplateContent TemplateContent, List<Tag> Tags) {

    static GetEmailTemplateResponse of(EmailTemplate template) {
        return new GetEmailTemplateResponse(template.name(), template.content(), template.tags());
    }
}
