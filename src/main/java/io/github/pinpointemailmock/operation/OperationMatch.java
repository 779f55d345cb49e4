package io.github.pinpointemailmock.operation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The AWS operation a request was routed to, decided once, from the handler Spring matched, by the first step of the
 * request pipeline, and read by every later step (authentication, body limit, throttle and faults, the request log).
 *
 * @param face      the face the request came through
 * @param name      the operation's name in the model, e.g. {@code SendEmail}
 * @param operation the operation as the emulator serves it; null for an operation of the models it does not emulate
 */
public record OperationMatch(ApiFace face, String name, Operation operation) {

    private static final String ATTRIBUTE = OperationMatch.class.getName();

    public static OperationMatch served(ApiFace face, Operation operation) {
        return new OperationMatch(face, operation.operationName(), operation);
    }

    public static OperationMatch notEmulated(ApiFace face, String name) {
        return new OperationMatch(face, name, null);
    }

    /** The match recorded for this request; empty before it was decided, or for a request to no AWS operation. */
    public static Optional<OperationMatch> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof OperationMatch match ? Optional.of(match) : Optional.empty();
    }

    /** Records the decision on the request, for the steps that follow. */
    public void recordOn(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** True when the emulator serves the operation. */
    public boolean emulated() {
        return operation != null;
    }
}
