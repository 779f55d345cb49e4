package io.github.pinpointemailmock.controlplane;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.caller.CallerResolver;
import io.github.pinpointemailmock.error.AwsErrorResponses;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.web.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs every request to an AWS face ({@code /v1/...}, {@code /v2/...}) once it is answered; the control plane and
 * the actuator are not logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class RequestLogFilter extends OncePerRequestFilter {

    private final RequestLog log;
    private final CallerResolver callerResolver;
    private final Clock clock;

    @Autowired
    public RequestLogFilter(RequestLog log, CallerResolver callerResolver) {
        this(log, callerResolver, Clock.systemUTC());
    }

    RequestLogFilter(RequestLog log, CallerResolver callerResolver, Clock clock) {
        this.log = log;
        this.callerResolver = callerResolver;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/v1/") || path.startsWith("/v2/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant start = clock.instant();
        long startNanos = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            AccountRegion caller = callerResolver.resolve(request);
            Operation operation = (Operation) request.getAttribute(Operation.REQUEST_ATTRIBUTE);
            log.add(new RequestLogEntry(start,
                    request.getRequestURI().startsWith("/v1/") ? "pinpoint-email" : "sesv2",
                    operation == null ? null : operation.operationName(),
                    caller.accountId(), caller.region(), response.getStatus(),
                    response.getHeader(AwsErrorResponses.ERROR_TYPE_HEADER), RequestIds.of(request),
                    (System.nanoTime() - startNanos) / 1_000_000));
        }
    }
}
