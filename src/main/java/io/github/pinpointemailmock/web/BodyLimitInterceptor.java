package io.github.pinpointemailmock.web;

import io.github.pinpointemailmock.operation.OperationMatch;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies the body limit of the operation the request calls (see {@link BodyLimits}), before anything reads the
 * body: a Content-Length over it is answered 413 at once, and a body without one is cut off by
 * {@link LimitedBodyRequest} as soon as it is over.
 *
 * <p>Answering from the Content-Length alone matters for a client that sends {@code Expect: 100-continue} and waits
 * (curl does, for bodies over 1 MB): nothing has read the body, so Jetty has sent no {@code 100 Continue}, and the
 * client learns it need not upload. Such a body is never drained, since the client may never send it: the 413 says
 * {@code Connection: close}, as it does for a body too large to drain.
 */
final class BodyLimitInterceptor implements HandlerInterceptor {

    private final BodyLimits limits;

    BodyLimitInterceptor(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            return true;
        }
        long limit = limits.limitFor(OperationMatch.of(request).orElse(null));
        LimitedBodyRequest.in(request).ifPresent(body -> body.limitTo(limit));
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            if (expectsContinue(request) || declared > BodyLimits.drainLimit(limit)) {
                response.setHeader(HttpHeaders.CONNECTION, "close");
            }
            throw BodyLimits.tooLarge(limit);
        }
        return true;
    }

    private static boolean expectsContinue(HttpServletRequest request) {
        String expect = request.getHeader(HttpHeaders.EXPECT);
        return expect != null && expect.regionMatches(true, 0, "100-continue", 0, 12);
    }
}
