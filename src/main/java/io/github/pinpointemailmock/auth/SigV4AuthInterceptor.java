package io.github.pinpointemailmock.auth;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.operation.ServesOperation;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authenticates every AWS operation before anything else runs for it: AWS checks the signature before it throttles,
 * injects faults or validates. Registered by {@link AuthWebConfiguration} ahead of the operation guard. The control
 * plane and the actuator are never authenticated.
 */
@Component
public class SigV4AuthInterceptor implements HandlerInterceptor {

    private final SigV4Authenticator authenticator;

    @Autowired
    public SigV4AuthInterceptor(MockProperties properties) {
        this(new SigV4Authenticator(properties));
    }

    SigV4AuthInterceptor(SigV4Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (authenticator.enabled() && request.getDispatcherType() == DispatcherType.REQUEST
                && isAwsOperation(request, handler)) {
            authenticator.authenticate(request);
        }
        return true;
    }

    private static boolean isAwsOperation(HttpServletRequest request, Object handler) {
        return (handler instanceof HandlerMethod method && method.hasMethodAnnotation(ServesOperation.class))
                || SigV4Authenticator.isAwsPath(request);
    }
}
