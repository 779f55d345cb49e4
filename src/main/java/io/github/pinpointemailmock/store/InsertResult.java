package io.github.pinpointemailmock.store;

/** What an insert with a name check and a quota did. */
public enum InsertResult {
    INSERTED,
    NAME_TAKEN,
    LIMIT_REACHED
}
