package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.caller.CallerResolver;
import io.github.pinpointemailmock.controlplane.RequestLog;
import io.github.pinpointemailmock.controlplane.RequestLogEntry;
import io.github.pinpointemailmock.error.AwsErrorResponses;
import io.github.pinpointemailmock.error.RequestIds;
import io.github.pinpointemailmock.operation.OperationMatch;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Logs every call of an AWS operation once it is answered, emulated or not ({@code SendEmail} answered "not
 * emulated" is logged under its name too), and every request no handler took. Whether a request was one is what the
 * pipeline decided from the handler it was mapped to; the control plane and the actuator are not logged.
 */
class RequestLogFilter extends RequestFilter {

    private final RequestLog log;
    private final CallerResolver callerResolver;
    private final OperationResolver operations;
    private final Clock clock;

    RequestLogFilter(RequestLog log, CallerResolver callerResolver, OperationResolver operations, Clock clock) {
        this.log = log;
        this.callerResolver = callerResolver;
        this.operations = operations;
        this.clock = clock;
    }

    /**
     * A request no handler took (an unknown path, a method refused before routing) was meant for the API, since the
     * control plane and the actuator answer every path of theirs; it is logged too, without operation or face.
     */
    private static boolean reachedNoHandler(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant start = clock.instant();
        long startNanos = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            Optional<OperationMatch> called = operations.resolve(request);
            if (called.isPresent() || reachedNoHandler(request)) {
                AccountRegion caller = callerResolver.resolve(request);
                log.add(new RequestLogEntry(start, called.map(match -> match.face().serviceId()).orElse(null),
                        called.map(OperationMatch::name).orElse(null),
                        caller.accountId(), caller.region(), response.getStatus(),
                        response.getHeader(AwsErrorResponses.ERROR_TYPE_HEADER), RequestIds.of(request),
                        (System.nanoTime() - startNanos) / 1_000_000));
            }
        }
    }
}
