package io.github.pinpointemailmock.error;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the one wire shape every error takes: the status, {@code x-amzn-ErrorType}, a JSON content type and
 * {@link AwsErrorBody}. The advice, the error controller and the Jetty error handler all go through here.
 *
 * <p>The body is serialized to bytes and written straight to the response, unflushed, so an error goes out in one
 * write with a Content-Length that the container adds when the request completes: a body left to Spring's message
 * converters is flushed early and sent chunked in two writes, and which converter writes it would depend on their
 * order. The Content-Length is deliberately not set here: with it, the container sends the answer as soon as its
 * last byte is written, before the request log (a filter, after the handler) has recorded the call, and a test
 * that reads the log right after an error would race it.
 */
public final class AwsErrorResponses {

    public static final String ERROR_TYPE_HEADER = "x-amzn-ErrorType";

    /** Two string members need none of the application's JSON settings. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AwsErrorResponses() {
    }

    /** An error with its modelled status. */
    public static void write(HttpServletResponse response, AwsErrorType type, String message) throws IOException {
        write(response, type.status().value(), type, message);
    }

    /**
     * An error raised outside our handlers (Spring, the servlet container, Jetty), where only a status is known:
     * the status is kept as it is, and named by {@link AwsErrorType#forStatus}.
     */
    public static void writeForStatus(HttpServletResponse response, int status, String message) throws IOException {
        write(response, status, AwsErrorType.forStatus(status), message);
    }

    /** The JSON body for an error, with the type's default message when there is nothing more specific to say. */
    public static byte[] body(AwsErrorType type, String message) {
        return JSON.writeValueAsBytes(new AwsErrorBody(
                message == null || message.isBlank() ? type.defaultMessage() : message, type.errorName()));
    }

    private static void write(HttpServletResponse response, int status, AwsErrorType type, String message)
            throws IOException {
        byte[] body = body(type, message);
        response.setStatus(status);
        response.setHeader(ERROR_TYPE_HEADER, type.errorName());
        // Set explicitly so that no Accept header can turn an error into a 406.
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(body);
    }
}
