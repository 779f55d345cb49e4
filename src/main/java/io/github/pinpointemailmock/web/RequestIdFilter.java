package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.error.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Gives every response, success or error, the {@code x-amzn-RequestId} header the SDKs report. */
class RequestIdFilter extends RequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(RequestIds.HEADER, RequestIds.of(request));
        chain.doFilter(request, response);
    }
}
