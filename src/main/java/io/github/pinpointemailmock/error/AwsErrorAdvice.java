package io.github.pinpointemailmock.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Renders every exception that reaches Spring MVC as an AWS rest-json error: the modelled status, the
 * {@code x-amzn-ErrorType} header and a {@code {"message": ...}} body. Spring's own request errors included, so
 * no default error page or ProblemDetail ever reaches a client. The emulator's own {@link AwsException} is answered
 * before any of these, by {@link AwsExceptionResolver}.
 */
@RestControllerAdvice
class AwsErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(AwsErrorAdvice.class);
    private static final List<String> ALLOW_ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    /** Input the JSON deserializer rejects, before any validation: AWS's {@code SerializationException}. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    void unreadableBody(HttpMessageNotReadableException e, HttpServletResponse response) throws IOException {
        if (e.getCause() instanceof AwsException cause) {
            AwsErrorResponses.write(response, cause.type(), cause.getMessage());
            return;
        }
        AwsErrorResponses.write(response, AwsErrorType.SERIALIZATION, serializationMessage(e));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    void unsupportedMediaType(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The raw header, since Spring reports null for a Content-Type it cannot parse.
        AwsErrorResponses.write(response, AwsErrorType.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
                + request.getHeader(HttpHeaders.CONTENT_TYPE) + " is not supported; send application/json.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletResponse response)
            throws IOException {
        if (e.getSupportedHttpMethods() != null) {
            // In one fixed order (GET, POST, PUT, PATCH, DELETE), not the order the mappings were declared in.
            response.setHeader(HttpHeaders.ALLOW, e.getSupportedHttpMethods().stream()
                    .sorted(Comparator.comparingInt(method -> ALLOW_ORDER.indexOf(method.name())))
                    .map(HttpMethod::name)
                    .collect(Collectors.joining(",")));
        }
        AwsErrorResponses.write(response, AwsErrorType.METHOD_NOT_ALLOWED,
                "Method " + e.getMethod() + " is not allowed on this path.");
    }

    /** A query or path parameter of the wrong type, e.g. {@code PageSize=ten}. */
    @ExceptionHandler(TypeMismatchException.class)
    void typeMismatch(TypeMismatchException e, HttpServletResponse response) throws IOException {
        AwsErrorResponses.write(response, AwsErrorType.BAD_REQUEST, "Invalid value " + e.getValue() + " for "
                + (e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName())
                + ".");
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    void unknownOperation(Exception e, HttpServletResponse response) throws IOException {
        AwsErrorResponses.write(response, AwsErrorType.UNKNOWN_OPERATION, null);
    }

    /**
     * Spring's and Jetty's other request errors keep their status (a query string Jetty cannot decode is its 400);
     * anything else is a bug of ours, reported as AWS does.
     */
    @ExceptionHandler(Exception.class)
    void unexpected(Exception e, HttpServletResponse response) throws IOException {
        if (e instanceof ErrorResponse springError) {
            AwsErrorResponses.writeForStatus(response, springError.getStatusCode().value(),
                    springError.getBody().getDetail());
            return;
        }
        if (e instanceof HttpException jettyError) {
            AwsErrorResponses.writeForStatus(response, jettyError.getCode(), jettyError.getReason());
            return;
        }
        log.error("Unexpected failure; answering InternalFailure", e);
        AwsErrorResponses.write(response, AwsErrorType.INTERNAL_FAILURE, null);
    }

    private static String serializationMessage(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            if (mismatch.getPath().isEmpty()) {
                return mismatch.getOriginalMessage().startsWith("Trailing token")
                        ? "Malformed JSON: unexpected content after the end of the JSON object."
                        : "The request body must be a JSON object.";
            }
            String member = mismatch.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            return "Invalid value for member " + member + ": " + describeExpected(mismatch.getTargetType())
                    + " expected.";
        }
        if (e.getCause() instanceof JacksonException jsonError) {
            return "Malformed JSON: " + jsonError.getOriginalMessage();
        }
        // Spring's own wording, e.g. RequestBodyGuard's "must be a JSON object, not null".
        return e.getMessage();
    }

    private static String describeExpected(Class<?> target) {
        if (target == null) {
            return "a value of another type";
        }
        if (CharSequence.class.isAssignableFrom(target)) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "a boolean";
        }
        if (Number.class.isAssignableFrom(target)) {
            return "a number";
        }
        if (Instant.class == target) {
            return "a timestamp in epoch seconds";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "a list";
        }
        return "a structure";
    }
}
