package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.caller.CallerResolver;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.fault.FaultAction;
import io.github.pinpointemailmock.fault.FaultService;
import io.github.pinpointemailmock.operation.OperationMatch;
import io.github.pinpointemailmock.throttle.RequestThrottle;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Runs before every emulated AWS operation, ahead of validation, as the AWS front end does: first the throttle,
 * then the injected faults (a delay, an error, or both). An error ends the request before the operation can change
 * anything.
 */
final class OperationGuardInterceptor implements HandlerInterceptor {

    private final CallerResolver callerResolver;
    private final RequestThrottle throttle;
    private final FaultService faults;

    OperationGuardInterceptor(CallerResolver callerResolver, RequestThrottle throttle, FaultService faults) {
        this.callerResolver = callerResolver;
        this.throttle = throttle;
        this.faults = faults;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            return true;
        }
        OperationMatch match = OperationMatch.of(request).filter(OperationMatch::emulated).orElse(null);
        if (match != null) {
            AccountRegion caller = callerResolver.resolve(request);
            throttle.acquire(caller.accountId(), match.operation());
            faults.nextFault(match.operation(), match.face(), caller).ifPresent(OperationGuardInterceptor::apply);
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
