package io.github.pinpointemailmock.error;

/** The one exception the emulator throws to answer with an AWS error; {@link AwsErrorAdvice} renders it. */
public class AwsException extends RuntimeException {

    private final AwsErrorType type;

    public AwsException(AwsErrorType type, String message) {
        super(message);
        this.type = type;
    }

    public AwsException(AwsErrorType type) {
        this(type, type.defaultMessage());
    }

    public AwsErrorType type() {
        return type;
    }
}
