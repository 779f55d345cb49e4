package io.github.pinpointemailmock.template;

/**
 * The SES v2 {@code EmailTemplateContent}: a template's subject, text and HTML parts, each Handlebars source. The
 * model requires none of them.
 */
public record EmailTemplateContent(String Subject, String Text, String Html) {
}
