package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.config.MockProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads whatever is left of the request body once the answer is written. An error found before the body was read
 * (a throttle, a fault, a bad Content-Type, a parse error halfway) would otherwise leave bytes on the wire, and
 * Jetty closes such a connection after the response, without a {@code Connection: close} to warn the client. AWS
 * keeps the connection, and the SDKs reuse it.
 *
 * <p>A body over the size limit is read and dropped too, up to {@value #DRAIN_FACTOR} times the limit: closing on a
 * client that is still sending can reset the connection before it reads its 413. A body larger still is not read,
 * and its answer says {@code Connection: close}, honestly.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class RequestBodyDrainingFilter extends OncePerRequestFilter {

    private static final int DRAIN_FACTOR = 8;

    private final long drainBytes;

    public RequestBodyDrainingFilter(MockProperties properties) {
        this.drainBytes = properties.maxRequestBodySize().toBytes() * DRAIN_FACTOR;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > drainBytes) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
        chain.doFilter(request, response);
        drain(request);
    }

    private void drain(HttpServletRequest request) {
        if (request.getContentLengthLong() > drainBytes) {
            return;
        }
        try {
            ServletInputStream body = request.getInputStream();
            byte[] buffer = new byte[8192];
            long left = drainBytes;
            for (int n = body.read(buffer); n > 0 && left > 0; n = body.read(buffer)) {
                left -= n;
            }
        } catch (IOException | IllegalStateException unreadable) {
            // The body was taken as a reader, or the client went away: Jetty decides about the connection.
        }
    }
}
