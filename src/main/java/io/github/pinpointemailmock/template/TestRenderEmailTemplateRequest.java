package io.github.pinpointemailmock.template;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The SES v2 {@code TestRenderEmailTemplate} body; the name is in the path. */
record TestRenderEmailTemplateRequest(@NotNull @Size(max = TemplateRenderer.MAX_TEMPLATE_DATA) String TemplateData) {
}
