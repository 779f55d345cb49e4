package io.github.pinpointemailmock.hardening;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The sequential model of one configuration set name, as far as the concurrency test observes it: absent, or present
 * as the incarnation made by one create (its unique id travels as {@code ReputationOptions.LastFreshStart}, which no
 * put changes) with its delivery options (TLS policy and {@code MaxDeliverySeconds}, a unique value per operation)
 * and its sending flag. Each factory below turns a recorded outcome into a model step: the state after the operation,
 * or null when that outcome is impossible in the given state.
 */
record SetModel(boolean exists, int createId, String tls, Long maxDeliverySeconds, Boolean sending) {

    static final SetModel ABSENT = new SetModel(false, -1, null, null, null);

    enum Outcome { OK, ALREADY_EXISTS, NOT_FOUND }

    /** Create with {@code createId}; {@code maxDeliverySeconds} is null on /v1, which does not know the member. */
    static UnaryOperator<SetModel> create(Outcome outcome, int createId, String tls, Long maxDeliverySeconds,
                                          Boolean sending) {
        return state -> switch (outcome) {
            case OK -> state.exists ? null : new SetModel(true, createId, tls, maxDeliverySeconds, sending);
            case ALREADY_EXISTS -> state.exists ? state : null;
            case NOT_FOUND -> null;
        };
    }

    static UnaryOperator<SetModel> delete(Outcome outcome) {
        return state -> switch (outcome) {
            case OK -> state.exists ? ABSENT : null;
            case NOT_FOUND -> state.exists ? null : state;
            case ALREADY_EXISTS -> null;
        };
    }

    /**
     * PutConfigurationSetDeliveryOptions. On /v2 ({@code keepMaxDelivery} false) both members are replaced; on /v1
     * the TLS policy is replaced and an SES v2 {@code MaxDeliverySeconds} already set stays.
     */
    static UnaryOperator<SetModel> putDelivery(Outcome outcome, String tls, Long maxDeliverySeconds,
                                               boolean keepMaxDelivery) {
        return state -> switch (outcome) {
            case OK -> state.exists ? new SetModel(true, state.createId, tls,
                    keepMaxDelivery ? state.maxDeliverySeconds : maxDeliverySeconds, state.sending) : null;
            case NOT_FOUND -> state.exists ? null : state;
            case ALREADY_EXISTS -> null;
        };
    }

    static UnaryOperator<SetModel> putSending(Outcome outcome, boolean sending) {
        return state -> switch (outcome) {
            case OK -> state.exists ? new SetModel(true, state.createId, state.tls, state.maxDeliverySeconds,
                    sending) : null;
            case NOT_FOUND -> state.exists ? null : state;
            case ALREADY_EXISTS -> null;
        };
    }

    /** A get that answered {@code observed} (or NotFound, with {@code observed} null). */
    static UnaryOperator<SetModel> get(Outcome outcome, SetModel observed) {
        return state -> switch (outcome) {
            case OK -> state.equals(observed) ? state : null;
            case NOT_FOUND -> state.exists ? null : state;
            case ALREADY_EXISTS -> null;
        };
    }

    /** A list that did or did not show the name. */
    static UnaryOperator<SetModel> listed(boolean shown) {
        return state -> state.exists == shown ? state : null;
    }

    /** A reset of the account: the name is gone, whatever it was. */
    static UnaryOperator<SetModel> reset() {
        return state -> ABSENT;
    }

    @Override
    public String toString() {
        return exists ? "set(create#" + createId + ", tls=" + tls + ", max=" + maxDeliverySeconds + ", sending="
                + sending + ")" : "absent";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SetModel that && exists == that.exists && createId == that.createId
                && Objects.equals(tls, that.tls) && Objects.equals(maxDeliverySeconds, that.maxDeliverySeconds)
                && Objects.equals(sending, that.sending);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exists, createId, tls, maxDeliverySeconds, sending);
    }
}
