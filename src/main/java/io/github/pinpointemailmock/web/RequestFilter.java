package io.github.pinpointemailmock.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A servlet filter of the pipeline. {@link RequestPipeline} registers every one for the request's first dispatch
 * only, which is what Spring's {@code OncePerRequestFilter} amounts to here (the only later dispatch is the error
 * dispatch, which it skips too) without its per-request bookkeeping: a request attribute, and its name built anew,
 * per filter and request, a tenth of all bytes allocated under load.
 */
abstract class RequestFilter implements Filter {

    @Override
    public final void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        doFilterInternal((HttpServletRequest) request, (HttpServletResponse) response, chain);
    }

    protected abstract void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                             FilterChain chain) throws ServletException, IOException;
}
