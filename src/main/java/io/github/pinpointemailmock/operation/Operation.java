package io.github.pinpointemailmock.operation;

import static io.github.pinpointemailmock.error.AwsErrorType.ALREADY_EXISTS;
import static io.github.pinpointemailmock.error.AwsErrorType.BAD_REQUEST;
import static io.github.pinpointemailmock.error.AwsErrorType.CONCURRENT_MODIFICATION;
import static io.github.pinpointemailmock.error.AwsErrorType.LIMIT_EXCEEDED;
import static io.github.pinpointemailmock.error.AwsErrorType.NOT_FOUND;
import static io.github.pinpointemailmock.error.AwsErrorType.TOO_MANY_REQUESTS;

import io.github.pinpointemailmock.error.AwsErrorType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The API operations the emulator serves, each with the errors its model declares (what a fault may inject). */
public enum Operation {

    CREATE_CONFIGURATION_SET("CreateConfigurationSet", EnumSet.of(
            ALREADY_EXISTS, NOT_FOUND, TOO_MANY_REQUESTS, LIMIT_EXCEEDED, BAD_REQUEST, CONCURRENT_MODIFICATION));

    private final String operationName;
    private final Set<AwsErrorType> modelledErrors;

    Operation(String operationName, Set<AwsErrorType> modelledErrors) {
        this.operationName = operationName;
        this.modelledErrors = Set.copyOf(modelledErrors);
    }

    /** The name the models give the operation, e.g. {@code CreateConfigurationSet}. */
    public String operationName() {
        return operationName;
    }

    public Set<AwsErrorType> modelledErrors() {
        return modelledErrors;
    }

    public Optional<AwsErrorType> modelledError(String errorName) {
        return modelledErrors.stream().filter(type -> type.errorName().equals(errorName)).findFirst();
    }

    public static Optional<Operation> byName(String operationName) {
        return Arrays.stream(values()).filter(op -> op.operationName.equals(operationName)).findFirst();
    }
}
