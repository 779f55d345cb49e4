package io.github.pinpointemailmock.auth;

import java.util.List;

/** What signature verification needs to see of a request, exactly as it arrived. */
interface SigV4Request {

    /** The HTTP method, e.g. {@code GET}. */
    String method();

    /** The path as sent, still percent-encoded, without the query. */
    String rawPath();

    /** The query string as sent, still percent-encoded, or null when there is none. */
    String rawQuery();

    /** Every value of the header, case-insensitively by name, in the order they came; empty when absent. */
    List<String> headers(String name);

    /** The request body, or null when it could not be kept (larger than the body size limit). */
    byte[] body();

    default String header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? null : values.get(0);
    }
}
