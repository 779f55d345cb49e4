package io.github.pinpointemailmock.template;

import io.github.pinpointemailmock.tag.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The SES v2 {@code CreateEmailTemplate} body. The model gives {@code TemplateName} only a minimum length; the rule
 * SES documents for template names (up to 64 ASCII letters, digits, {@code _} and {@code -}) is checked too, as
 * the real service refuses other names.
 */
record CreateEmailTemplateRequest(
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "^[a-zA-Z0-9_-]*$") String TemplateName,
        @NotNull EmailTemplateContent TemplateContent,
        List<@NotNull @Valid Tag> Tags) {
}
