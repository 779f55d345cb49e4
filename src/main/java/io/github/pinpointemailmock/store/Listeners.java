package io.github.pinpointemailmock.store;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Telling a feature's listeners of what it just stored (mail kept, events recorded). */
public final class Listeners {

    private static final Logger log = LoggerFactory.getLogger(Listeners.class);

    private Listeners() {
    }

    /**
     * Tells each listener, in turn. What is told is already stored: a listener's trouble is its own, so what it throws
     * is logged and never reaches the caller (a send).
     *
     * @param about what is told of, for the log: {@code message <id>}
     */
    public static <L> void tellEach(List<L> listeners, Consumer<L> tell, String about) {
        for (L listener : listeners) {
            try {
                tell.accept(listener);
            } catch (RuntimeException e) {
                log.warn("Listener {} failed on {}", listener, about, e);
            }
        }
    }
}
