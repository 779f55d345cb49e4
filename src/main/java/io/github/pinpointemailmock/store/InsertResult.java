package io.github.pinpointemailmock.store;

import java.util.function.Supplier;

/** What an insert with a name check and a quota did. */
public enum InsertResult {
    INSERTED,
    NAME_TAKEN,
    LIMIT_REACHED;

    /** Returns when the item was inserted; otherwise throws the error the caller gives for the reason. */
    public void orThrow(Supplier<? extends RuntimeException> nameTaken,
                        Supplier<? extends RuntimeException> limitReached) {
        switch (this) {
            case INSERTED -> { }
            case NAME_TAKEN -> throw nameTaken.get();
            case LIMIT_REACHED -> throw limitReached.get();
        }
    }
}
