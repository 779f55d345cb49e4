package io.github.pinpointemailmock.controlplane;

import java.time.Instant;

/**
 * One AWS request as {@code GET /_mock/requests} shows it. {@code operation} is null for a path that maps to no
 * operation; {@code errorType} is null for a success.
 */
public record RequestLogEntry(Instant time, String face, String operation, String account, String region,
                              int status, String errorType, String requestId, long durationMs) {
}
