package io.github.pinpointemailmock.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** The first step once a handler is matched: decides, once, which AWS operation the request calls, if any. */
final class OperationMatchInterceptor implements HandlerInterceptor {

    private final OperationResolver operations;

    OperationMatchInterceptor(OperationResolver operations) {
        this.operations = operations;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            operations.resolve(request, handler);
        }
        return true;
    }
}
