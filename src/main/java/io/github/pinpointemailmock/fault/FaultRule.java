package io.github.pinpointemailmock.fault;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.operation.Operation;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One injected fault: matching calls of an operation (optionally of one account and region) are delayed, fail with
 * a modelled error, or both; each with a probability, a limited number of times or without end.
 */
final class FaultRule {

    private static final int UNLIMITED = -1;

    private final String id;
    private final Operation operation;
    private final AwsErrorType error;
    private final long latencyMs;
    private final Double probability;
    private final String account;
    private final String region;
    private final AtomicInteger remaining;

    FaultRule(String id, Operation operation, AwsErrorType error, long latencyMs, Double probability,
              Integer count, String account, String region) {
        this.id = id;
        this.operation = operation;
        this.error = error;
        this.latencyMs = latencyMs;
        this.probability = probability;
        this.account = account;
        this.region = region;
        this.remaining = new AtomicInteger(count == null ? UNLIMITED : count);
    }

    String id() {
        return id;
    }

    boolean matches(Operation calledOperation, AccountRegion caller) {
        return operation == calledOperation
                && (account == null || account.equals(caller.accountId()))
                && (region == null || region.equals(caller.region()));
    }

    /** True when the rule names this account; rules for every account target none in particular. */
    boolean targets(String accountId) {
        return accountId.equals(account);
    }

    /** Whether this call is hit, by the rule's probability. */
    boolean strikes() {
        return probability == null || ThreadLocalRandom.current().nextDouble() < probability;
    }

    /** Uses up one of the rule's hits; false once none are left, so each hit is handed out once. */
    boolean tryConsume() {
        return remaining.get() == UNLIMITED || remaining.getAndUpdate(left -> left > 0 ? left - 1 : left) > 0;
    }

    boolean exhausted() {
        return remaining.get() == 0;
    }

    /** Null when the rule only delays. */
    AwsErrorType error() {
        return error;
    }

    long latencyMs() {
        return latencyMs;
    }

    FaultRuleView view() {
        int left = remaining.get();
        return new FaultRuleView(id, operation.operationName(), error == null ? null : error.errorName(),
                left == UNLIMITED ? null : left, account, region, probability, latencyMs == 0 ? null : latencyMs);
    }
}
