package io.github.pinpointemailmock.auth;

import io.github.pinpointemailmock.error.AwsErrorType;

/**
 * A request that failed authentication, with the AWS error it answers ({@code MissingAuthenticationTokenException},
 * {@code IncompleteSignatureException}, {@code UnrecognizedClientException} or {@code InvalidSignatureException})
 * and the message AWS gives for it.
 */
final class SigV4Exception extends RuntimeException {

    private final AwsErrorType type;

    SigV4Exception(AwsErrorType type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    AwsErrorType type() {
        return type;
    }
}
