package io.github.pinpointemailmock.error;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one wire shape every error takes: the status, {@code x-amzn-ErrorType}, a JSON content type and
 * {@link AwsErrorBody}. The advice, the error controller and the Jetty error handler all go through here.
 *
 * <p>The body is serialized here, to bytes, so that it goes out with a Content-Length in one write; a body left to
 * the message converters is streamed, and Spring flushes an error early, so it would go out chunked in two writes.
 */
public final class AwsErrorResponses {

    public static final String ERROR_TYPE_HEADER = "x-amzn-ErrorType";

    /** Two string members need none of the application's JSON settings. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AwsErrorResponses() {
    }

    /** An error with its modelled status. */
    public static ResponseEntity<byte[]> of(AwsErrorType type, String message) {
        return of(type, message, new HttpHeaders());
    }

    public static ResponseEntity<byte[]> of(AwsErrorType type, String message, HttpHeaders extraHeaders) {
        return build(type.status(), type, message, extraHeaders);
    }

    /**
     * An error raised outside our handlers (Spring, the servlet container, Jetty), where only a status is known:
     * the status is kept as it is, and named by {@link AwsErrorType#forStatus}.
     */
    public static ResponseEntity<byte[]> forStatus(int status, String message) {
        return build(HttpStatusCode.valueOf(status), AwsErrorType.forStatus(status), message, new HttpHeaders());
    }

    /** The JSON body for an error, with the type's default message when there is nothing more specific to say. */
    public static byte[] body(AwsErrorType type, String message) {
        return JSON.writeValueAsBytes(new AwsErrorBody(
                message == null || message.isBlank() ? type.defaultMessage() : message, type.errorName()));
    }

    private static ResponseEntity<byte[]> build(HttpStatusCode status, AwsErrorType type, String message,
                                                HttpHeaders extraHeaders) {
        byte[] body = body(type, message);
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(extraHeaders);
        headers.set(ERROR_TYPE_HEADER, type.errorName());
        // Set explicitly so that no Accept header can turn an error into a 406.
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setContentLength(body.length);
        return ResponseEntity.status(status).headers(headers).body(body);
    }
}
