package io.github.pinpointemailmock.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;

/**
 * Reads whatever is left of the request body once the answer is written. An error found before the body was read
 * (a throttle, a fault, a bad Content-Type, a parse error halfway) would otherwise leave bytes on the wire, and
 * Jetty closes such a connection after the response, without a {@code Connection: close} to warn the client. AWS
 * keeps the connection, and the SDKs reuse it.
 *
 * <p>A body over the size limit is read and dropped too, up to {@link BodyLimits#DRAIN_FACTOR} times the limit. A
 * body larger still is not read, nor is one the client has not sent yet because it waits for a
 * {@code 100 Continue}; the answer to those says {@code Connection: close}, and this filter leaves them alone.
 */
class RequestBodyDrainingFilter extends RequestFilter {

    /**
     * Where drained bytes go. Shared by every request: the bytes are never read, so threads writing over each other
     * do no harm, and no request allocates a buffer of its own.
     */
    private static final byte[] DISCARDED = new byte[8192];

    private final BodyLimits limits;

    RequestBodyDrainingFilter(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limits.largestDrainLimit()) {
            // Too large for any operation's drain: said now, before the operation is known or anything is written.
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
        chain.doFilter(request, response);
        drain(request, response);
    }

    private void drain(HttpServletRequest request, HttpServletResponse response) {
        if (request.getContentLengthLong() == 0 || "close".equalsIgnoreCase(response.getHeader(HttpHeaders.CONNECTION))) {
            return;
        }
        // Up to the largest drain limit, whatever the operation: a body the operation's own limit refuses was
        // answered with Connection: close already (above), and one sent to no operation at all was not, so it must
        // be read to keep the connection.
        long left = limits.largestDrainLimit();
        try {
            ServletInputStream body = request.getInputStream();
            if (body.isFinished()) {
                return;
            }
            for (int n = body.read(DISCARDED); n > 0 && left > 0; n = body.read(DISCARDED)) {
                left -= n;
            }
        } catch (IOException | IllegalStateException unreadable) {
            // The body was taken as a reader, or the client went away: Jetty decides about the connection.
        }
    }
}
