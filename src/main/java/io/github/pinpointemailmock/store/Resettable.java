package io.github.pinpointemailmock.store;

import java.util.Optional;

/** State that {@code POST /_mock/reset} empties: stores, fault rules, throttle buckets, the request log. */
public interface Resettable {

    /** Forgets everything, or only what belongs to {@code account} when one is given. */
    void reset(Optional<String> account);
}
