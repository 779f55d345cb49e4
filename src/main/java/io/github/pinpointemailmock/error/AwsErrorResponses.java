package io.github.pinpointemailmock.error;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Builds the one wire shape every error takes: the status, {@code x-amzn-ErrorType}, a JSON content type and
 * {@link AwsErrorBody}. The advice, the error controller and the Jetty error handler all go through here.
 */
public final class AwsErrorResponses {

    public static final String ERROR_TYPE_HEADER = "x-amzn-ErrorType";

    private AwsErrorResponses() {
    }

    /** An error with its modelled status. */
    public static ResponseEntity<AwsErrorBody> of(AwsErrorType type, String message) {
        return of(type, message, new HttpHeaders());
    }

    public static ResponseEntity<AwsErrorBody> of(AwsErrorType type, String message, HttpHeaders extraHeaders) {
        return build(type.status(), type, message, extraHeaders);
    }

    /**
     * An error raised outside our handlers (Spring, the servlet container, Jetty), where only a status is known:
     * the status is kept as it is, and named by {@link AwsErrorType#forStatus}.
     */
    public static ResponseEntity<AwsErrorBody> forStatus(int status, String message) {
        return build(HttpStatusCode.valueOf(status), AwsErrorType.forStatus(status), message, new HttpHeaders());
    }

    /** The body for an error, with the type's default message when there is nothing more specific to say. */
    public static AwsErrorBody body(AwsErrorType type, String message) {
        return new AwsErrorBody(message == null || message.isBlank() ? type.defaultMessage() : message,
                type.errorName());
    }

    private static ResponseEntity<AwsErrorBody> build(HttpStatusCode status, AwsErrorType type, String message,
                                                      HttpHeaders extraHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(extraHeaders);
        headers.set(ERROR_TYPE_HEADER, type.errorName());
        // Set explicitly so that no Accept header can turn an error into a 406.
        headers.setContentType(MediaType.APPLICATION_JSON);
        return ResponseEntity.status(status).headers(headers).body(body(type, message));
    }
}
