package io.github.pinpointemailmock.operation;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.caller.CallerResolver;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.fault.FaultAction;
import io.github.pinpointemailmock.fault.FaultService;
import io.github.pinpointemailmock.throttle.RequestThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Runs before every AWS operation, ahead of validation, as the AWS front end does: first the throttle, then any
 * injected fault (a delay, an error, or both). An error ends the request before the operation can change anything.
 */
@Component
public class OperationGuardInterceptor implements HandlerInterceptor {

    private final CallerResolver callerResolver;
    private final RequestThrottle throttle;
    private final FaultService faults;

    public OperationGuardInterceptor(CallerResolver callerResolver, RequestThrottle throttle, FaultService faults) {
        this.callerResolver = callerResolver;
        this.throttle = throttle;
        this.faults = faults;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(ServesOperation.class)) {
            Operation operation = method.getMethodAnnotation(ServesOperation.class).value();
            AccountRegion caller = callerResolver.resolve(request);
            ApiFace face = ApiFace.of(request)
                    .orElseThrow(() -> new IllegalStateException("Operation mapped without a {face} path variable"));
            request.setAttribute(Operation.REQUEST_ATTRIBUTE, operation);
            throttle.acquire(caller.accountId(), operation);
            faults.nextFault(operation, face, caller).ifPresent(OperationGuardInterceptor::apply);
        }
        return true;
    }

    private static void apply(FaultAction fault) {
        if (fault.latencyMs() > 0) {
            try {
                Thread.sleep(fault.latencyMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fault.error() != null) {
            throw new AwsException(fault.error());
        }
    }
}
