package io.github.pinpointemailmock.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Hands the rest of the pipeline the request as a {@link LimitedBodyRequest}, with the default limit until the
 * operation is known. Reads nothing itself: the filter runs before the operation is known, so whether and how much
 * to read is decided later, by the interceptors.
 */
class LimitedBodyFilter extends RequestFilter {

    private final BodyLimits limits;

    LimitedBodyFilter(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new LimitedBodyRequest(request, limits.defaultLimit()), response);
    }
}
