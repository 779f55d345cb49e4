package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.OperationMatch;
import io.github.pinpointemailmock.operation.ServesOperation;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Decides whether a request calls an AWS operation, and which: from the handler Spring matched, by its
 * {@link ServesOperation}, and the face from the matched pattern. Decided once and recorded on the request as its
 * {@link OperationMatch}, which every later step reads. The annotation is looked up once per handler method.
 */
final class OperationResolver {

    private final Map<Method, Optional<Operation>> servedBy = new ConcurrentHashMap<>();

    /** The decision for this request, made now from its matched handler if it was not made yet. */
    Optional<OperationMatch> resolve(HttpServletRequest request) {
        Optional<OperationMatch> known = OperationMatch.of(request);
        if (known.isPresent()) {
            return known;
        }
        return resolve(request, request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE));
    }

    Optional<OperationMatch> resolve(HttpServletRequest request, Object handler) {
        Optional<OperationMatch> known = OperationMatch.of(request);
        if (known.isPresent() || !(handler instanceof HandlerMethod method)) {
            return known;
        }
        Operation operation = servedBy(method).orElse(null);
        if (operation == null) {
            return Optional.empty();
        }
        ApiFace face = ApiFace.of(request).orElseThrow(() -> new IllegalStateException(
                method + " serves " + operation + " but its mapping names no face"));
        OperationMatch match = OperationMatch.served(face, operation);
        match.recordOn(request);
        return Optional.of(match);
    }

    private Optional<Operation> servedBy(HandlerMethod method) {
        Optional<Operation> operation = servedBy.get(method.getMethod());
        if (operation == null) {
            operation = Optional.ofNullable(method.getMethodAnnotation(ServesOperation.class))
                    .map(ServesOperation::value);
            servedBy.put(method.getMethod(), operation);
        }
        return operation;
    }
}
