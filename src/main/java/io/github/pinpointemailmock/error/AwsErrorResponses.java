package io.github.pinpointemailmock.error;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Builds the one wire shape every error takes, so the advice and the error controller cannot drift apart. */
public final class AwsErrorResponses {

    public static final String ERROR_TYPE_HEADER = "x-amzn-ErrorType";

    private AwsErrorResponses() {
    }

    public static ResponseEntity<AwsErrorBody> of(AwsErrorType type, String message) {
        return of(type, message, new HttpHeaders());
    }

    public static ResponseEntity<AwsErrorBody> of(AwsErrorType type, String message, HttpHeaders extraHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(extraHeaders);
        headers.set(ERROR_TYPE_HEADER, type.errorName());
        // Set explicitly so that no Accept header can turn an error into a 406.
        headers.setContentType(MediaType.APPLICATION_JSON);
        return ResponseEntity.status(type.status())
                .headers(headers)
                .body(new AwsErrorBody(message == null ? type.defaultMessage() : message, type.errorName()));
    }
}
