package io.github.pinpointemailmock.auth;

/** A request that failed authentication, with the reason and the message AWS gives for it. */
final class SigV4Exception extends RuntimeException {

    /** Why authentication failed; each is one AWS error type. */
    enum Failure {
        /** No Authorization header and no presigned query: {@code MissingAuthenticationTokenException}. */
        MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException"),
        /** An Authorization that cannot be read: {@code IncompleteSignatureException}. */
        INCOMPLETE_SIGNATURE("IncompleteSignatureException"),
        /** An access key, or a session token, the service does not know: {@code UnrecognizedClientException}. */
        UNRECOGNIZED_CLIENT("UnrecognizedClientException"),
        /** A wrong signature, scope or date: {@code InvalidSignatureException}. */
        INVALID_SIGNATURE("InvalidSignatureException");

        private final String errorName;

        Failure(String errorName) {
            this.errorName = errorName;
        }

        /** The AWS error type's name, as in {@code x-amzn-ErrorType}. */
        String errorName() {
            return errorName;
        }
    }

    private final Failure failure;

    SigV4Exception(Failure failure, String message) {
        super(message, null, false, false);
        this.failure = failure;
    }

    Failure failure() {
        return failure;
    }
}
