package io.github.pinpointemailmock.template;

/**
 * A template that could not be rendered with the data given, e.g. one naming a variable the data lacks: SES's
 * {@code RenderingFailure}. Not an AWS error by itself: {@code TestRenderEmailTemplate} answers it as a
 * {@code BadRequestException}, while a send accepts the message and records it as not delivered.
 */
public class TemplateRenderingException extends RuntimeException {

    public TemplateRenderingException(String message) {
        super(message, null, false, false);
    }
}
