package io.github.pinpointemailmock.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.RawHttpConnection.Response;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** What every AWS error must carry, checked the same way in every test. */
public final class AwsErrorAssertions {

    private AwsErrorAssertions() {
    }

    /** For {@code isInstanceOfSatisfying}: the SDK saw this status and error code, and a request id. */
    public static <E extends AwsServiceException> Consumer<E> modelledError(int status, String errorCode) {
        return e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(errorCode);
            assertThat(e.requestId()).isNotBlank();
        };
    }

    /** As {@link #modelledError(int, String)}, and with exactly this message. */
    public static <E extends AwsServiceException> Consumer<E> modelledError(int status, String errorCode,
                                                                            String message) {
        Consumer<E> modelled = modelledError(status, errorCode);
        return modelled.andThen(e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message));
    }

    /** A raw HTTP answer in the AWS error format: status, JSON body with a message, error type and request id. */
    public static void assertJsonError(Response response, int status, String errorType) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo(errorType);
        assertThat(response.header("x-amzn-RequestId")).isNotBlank();
        assertThat(response.body()).startsWith("{\"message\":").doesNotContain("<html");
    }
}
