package io.github.pinpointemailmock.error;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The request id every response carries in {@code x-amzn-RequestId}, kept on the request so error paths reuse it.
 * Lives with error rendering, which needs it, so that rendering depends on nothing of the request pipeline.
 */
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
        String id = newId();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /**
     * A fresh id shaped like a version 4 UUID, as AWS's are. Ids need to be unique, not unguessable, so they come
     * from the thread's own generator: {@code UUID.randomUUID()} draws from one shared {@code SecureRandom}, which
     * every request thread would contend on.
     */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
