package io.github.pinpointemailmock.template;

/** The SES v2 {@code TestRenderEmailTemplate} output: the whole rendered MIME message. */
record TestRenderEmailTemplateResponse(String RenderedTemplate) {
}
