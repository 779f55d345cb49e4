package io.github.pinpointemailmock.template;

/**
 * A template rendered with its data: each part as the recipient sees it, null where the template has no such part.
 * Only the HTML part is HTML-escaped.
 */
public record RenderedEmail(String subject, String text, String html) {
}
