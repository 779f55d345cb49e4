package io.github.pinpointemailmock.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

/** The request id every response carries in {@code x-amzn-RequestId}, kept on the request so error paths reuse it. */
public final class RequestIds {

    public static final String HEADER = "x-amzn-RequestId";
    private static final String ATTRIBUTE = RequestIds.class.getName();

    private RequestIds() {
    }

    /** The id of this request, made on first use. */
    public static String of(HttpServletRequest request) {
        Object existing = request.getAttribute(ATTRIBUTE);
        if (existing instanceof String id) {
            return id;
        }
        String id = UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
