package io.github.pinpointemailmock.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;

/** A servlet request as the verifier sees it: raw URI and query, headers, and the body as it arrived. */
final class ServletSigV4Request implements SigV4Request {

    private final HttpServletRequest request;
    private final byte[] body;

    ServletSigV4Request(HttpServletRequest request, byte[] body) {
        this.request = request;
        this.body = body;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String rawPath() {
        // Still percent-encoded, as sent: the SDKs sign the path they put on the wire.
        return request.getRequestURI();
    }

    @Override
    public String rawQuery() {
        return request.getQueryString();
    }

    @Override
    public List<String> headers(String name) {
        return request.getHeaders(name) == null ? List.of() : Collections.list(request.getHeaders(name));
    }

    @Override
    public byte[] body() {
        return body;
    }
}
