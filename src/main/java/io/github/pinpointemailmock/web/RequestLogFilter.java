package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.caller.CallerResolver;
import io.github.pinpointemailmock.controlplane.RequestLog;
import io.github.pinpointemailmock.controlplane.RequestLogEntry;
import io.github.pinpointemailmock.error.AwsErrorResponses;
import io.github.pinpointemailmock.error.RequestIds;
import io.github.pinpointemailmock.operation.ApiFace;
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
 * emulated" is logged under its name too), and every request to a face's path that no handler took. Whether a
 * request was an operation is what the pipeline decided from the handler it was mapped to; the control plane and the
 * actuator are not logged.
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
     * The face of a request no handler took (an unknown path, a method the path does not serve) by its first path
     * segment: such a request was still meant for that API, and a user looking for a typo wants to see it.
     */
    private static Optional<ApiFace> unroutedFace(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) == null
                ? ApiFace.ofPath(request.getRequestURI()) : Optional.empty();
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
            Optional<ApiFace> face = called.map(OperationMatch::face).or(() -> unroutedFace(request));
            if (face.isPresent()) {
                AccountRegion caller = callerResolver.resolve(request);
                log.add(new RequestLogEntry(start, face.get().serviceId(),
                        called.map(OperationMatch::name).orElse(null),
                        caller.accountId(), caller.region(), response.getStatus(),
                        response.getHeader(AwsErrorResponses.ERROR_TYPE_HEADER), RequestIds.of(request),
                        (System.nanoTime() - startNanos) / 1_000_000));
            }
        }
    }
}
