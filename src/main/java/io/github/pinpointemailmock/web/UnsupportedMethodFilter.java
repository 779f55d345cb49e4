package io.github.pinpointemailmock.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * OPTIONS and TRACE are no AWS operation, but the servlet stack answers them itself (an empty 200, an echo of the
 * request). They are refused instead; the error is rendered by {@code AwsErrorController} like any other 405.
 */
class UnsupportedMethodFilter extends RequestFilter {

    private static final Set<String> REFUSED = Set.of("OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (REFUSED.contains(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }
}
