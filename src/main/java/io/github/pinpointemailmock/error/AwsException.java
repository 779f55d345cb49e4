package io.github.pinpointemailmock.error;

/**
 * The one exception the emulator throws to answer with an AWS error; {@link AwsErrorAdvice} renders it. An expected
 * answer, not a failure, so it carries no stack trace: building one would cost more than the rest of the error path.
 */
public class AwsException extends RuntimeException {

    private final AwsErrorType type;

    public AwsException(AwsErrorType type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    public AwsException(AwsErrorType type) {
        this(type, type.defaultMessage());
    }

    public AwsErrorType type() {
        return type;
    }
}
