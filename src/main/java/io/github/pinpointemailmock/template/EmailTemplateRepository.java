package io.github.pinpointemailmock.template;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.json.EpochSeconds;
import io.github.pinpointemailmock.store.ResourceKind;
import io.github.pinpointemailmock.tag.Tag;
import io.github.pinpointemailmock.tag.TaggableRepository;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Email templates by name, case-sensitively as SES finds them; taggable by their ARN,
 * {@code arn:aws:ses:<region>:<account>:template/<name>}.
 */
@Repository
class EmailTemplateRepository extends TaggableRepository<EmailTemplate> {

    EmailTemplateRepository(MockProperties properties) {
        super("template", ResourceKind.of("Email template", "email templates", EmailTemplate::name,
                "EmailTemplates", TemplateState::of), properties.limits().emailTemplates());
    }

    /** A template in {@code GET /_mock/state}: as {@code GetEmailTemplate} shows it, with its creation time. */
    record TemplateState(String TemplateName, EmailTemplateContent TemplateContent,
                         @JsonSerialize(using = EpochSeconds.Serializer.class) Instant CreatedTimestamp,
                         List<Tag> Tags) {

        static TemplateState of(EmailTemplate template) {
            return new TemplateState(template.name(), template.content(), template.createdTimestamp(),
                    template.tags());
        }
    }
}
