package io.github.pinpointemailmock.template;

import jakarta.validation.constraints.NotNull;

/** The SES v2 {@code UpdateEmailTemplate} body; the name is in the path. */
record UpdateEmailTemplateRequest(@NotNull EmailTemplateContent TemplateContent) {
}
