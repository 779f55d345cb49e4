package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.OperationMatch;
import java.util.EnumMap;
import java.util.Map;

/**
 * How large a request body may be: {@code mock.max-request-body-size}, or the operation's own limit from
 * {@code mock.max-request-body-size-per-operation}. The one place that knows the limits and the one 413 message.
 *
 * <p>A body over the limit is still read and dropped, up to {@value #DRAIN_FACTOR} times the limit (at most 64 MiB
 * unless the limit is larger), so that the connection survives: closing on a client that is still sending can reset
 * the connection before it reads its 413.
 */
final class BodyLimits {

    static final int DRAIN_FACTOR = 8;
    static final long MAX_DRAIN_BYTES = 64L * 1024 * 1024;

    private final long defaultLimit;
    private final Map<Operation, Long> perOperation = new EnumMap<>(Operation.class);
    private final long largest;

    BodyLimits(MockProperties properties) {
        this.defaultLimit = properties.maxRequestBodySize().toBytes();
        properties.maxRequestBodySizePerOperation()
                .forEach((operation, size) -> perOperation.put(operation, size.toBytes()));
        this.largest = perOperation.values().stream().mapToLong(Long::longValue).reduce(defaultLimit, Math::max);
    }

    /** The limit for a request to this operation; {@code mock.max-request-body-size} for any other request. */
    long limitFor(OperationMatch match) {
        if (match == null || !match.emulated()) {
            return defaultLimit;
        }
        return perOperation.getOrDefault(match.operation(), defaultLimit);
    }

    /** The limit for a request whose operation is not known (yet): the control plane, a path of no operation. */
    long defaultLimit() {
        return defaultLimit;
    }

    /**
     * How much of a body over this limit is still read and dropped to keep the connection: eight times the limit, but
     * no more than {@link #MAX_DRAIN_BYTES} unless the limit itself is larger. Every path drains up to the largest of
     * these, so a large per-operation limit (SendEmail's 56 MB) must not make a mistyped path read hundreds of MB.
     */
    static long drainLimit(long limit) {
        long eightTimes = limit > Long.MAX_VALUE / DRAIN_FACTOR ? Long.MAX_VALUE : limit * DRAIN_FACTOR;
        return Math.max(limit, Math.min(eightTimes, MAX_DRAIN_BYTES));
    }

    /** The drain limit of the largest limit: a body larger still is never read, whatever it is sent to. */
    long largestDrainLimit() {
        return drainLimit(largest);
    }

    /** The one answer to a body over the limit, whether its Content-Length says so or its bytes do. */
    static AwsException tooLarge(long limit) {
        return new AwsException(AwsErrorType.REQUEST_ENTITY_TOO_LARGE,
                "Request body must not be larger than " + limit + " bytes.");
    }
}
