package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.auth.SigV4Authenticator;
import io.github.pinpointemailmock.operation.OperationMatch;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * {@code mock.auth.mode=strict}: authenticates every call of an emulated AWS operation, as AWS does, before it is
 * throttled, faulted or validated. The body is read here, whole and within its limit, for the signature's hash, and
 * kept for the handler. The control plane and the actuator are no operation, so they are never authenticated.
 */
final class SigV4AuthInterceptor implements HandlerInterceptor {

    private final SigV4Authenticator authenticator;

    SigV4AuthInterceptor(SigV4Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (authenticator.enabled() && request.getDispatcherType() == DispatcherType.REQUEST
                && OperationMatch.of(request).filter(OperationMatch::emulated).isPresent()) {
            byte[] body = LimitedBodyRequest.in(request)
                    .orElseThrow(() -> new IllegalStateException("The request body filter did not run"))
                    .readWhole();
            authenticator.authenticate(request, body);
        }
        return true;
    }
}
