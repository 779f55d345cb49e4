package io.github.pinpointemailmock.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * A request's Content-Type must name one media type. Spring MVC fails with an unexpected exception on a wildcard
 * one ({@code *}{@code /*}, {@code application/*}) before any handler runs, so such a request is refused here with
 * a 415, rendered by {@code AwsErrorController} like any other.
 */
class WildcardContentTypeFilter extends RequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isWildcard(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isWildcard(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType mediaType = MediaType.parseMediaType(contentType);
            return mediaType.isWildcardType() || mediaType.isWildcardSubtype();
        } catch (InvalidMediaTypeException unparseable) {
            // Spring reports these itself, as a 415.
            return false;
        }
    }
}
