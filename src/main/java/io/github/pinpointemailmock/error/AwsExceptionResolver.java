package io.github.pinpointemailmock.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers an {@link AwsException}, the emulator's own refusal, first among the exception resolvers. Not through an
 * {@code @ExceptionHandler}: Spring builds a handler method (and its description) for every exception it hands to
 * one, a fifth of the CPU of an expected {@code AlreadyExistsException}. Every other exception goes on to
 * {@link AwsErrorAdvice}.
 */
public final class AwsExceptionResolver implements HandlerExceptionResolver {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!(exception instanceof AwsException error)) {
            return null;
        }
        try {
            AwsErrorResponses.write(response, error.type(), error.getMessage());
        } catch (IOException clientGone) {
            // Nothing more can be written to this client; the exception is answered all the same.
        }
        return new ModelAndView();
    }
}
