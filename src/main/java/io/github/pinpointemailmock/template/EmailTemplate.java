package io.github.pinpointemailmock.template;

import io.github.pinpointemailmock.tag.Tag;
import io.github.pinpointemailmock.tag.Taggable;
import java.time.Instant;
import java.util.List;

/** A stored email template, with tag values normalized; an update keeps its creation time and tags. */
record EmailTemplate(String name, EmailTemplateContent content, Instant createdTimestamp, List<Tag> tags)
        implements Taggable<EmailTemplate> {

    EmailTemplate {
        tags = List.copyOf(tags);
    }

    EmailTemplate withContent(EmailTemplateContent newContent) {
        return new EmailTemplate(name, newContent, createdTimestamp, tags);
    }

    @Override
    public EmailTemplate withTags(List<Tag> newTags) {
        return new EmailTemplate(name, content, createdTimestamp, newTags);
    }
}
