package io.github.pinpointemailmock.fault;

import io.github.pinpointemailmock.error.AwsErrorType;

/**
 * What a fault does to one call: wait {@code latencyMs}, then fail with {@code error} when there is one, or go on.
 */
public record FaultAction(AwsErrorType error, long latencyMs) {
}
