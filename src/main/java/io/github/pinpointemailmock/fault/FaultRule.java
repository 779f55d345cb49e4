package io.github.pinpointemailmock.fault;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.operation.Operation;
import java.util.concurrent.atomic.AtomicInteger;

/** One injected fault: the next {@code remaining} calls of an operation (optionally of one account) fail. */
final class FaultRule {

    private final String id;
    private final Operation operation;
    private final AwsErrorType error;
    private final String account;
    private final AtomicInteger remaining;

    FaultRule(String id, Operation operation, AwsErrorType error, int count, String account) {
        this.id = id;
        this.operation = operation;
        this.error = error;
        this.account = account;
        this.remaining = new AtomicInteger(count);
    }

    boolean matches(Operation calledOperation, AccountRegion caller) {
        return operation == calledOperation && (account == null || account.equals(caller.accountId()));
    }

    /** Uses up one of the rule's failures; false once none are left, so each failure is handed out once. */
    boolean tryConsume() {
        return remaining.getAndUpdate(left -> left > 0 ? left - 1 : left) > 0;
    }

    boolean exhausted() {
        return remaining.get() <= 0;
    }

    AwsErrorType error() {
        return error;
    }

    FaultRuleView view() {
        return new FaultRuleView(id, operation.operationName(), error.errorName(), remaining.get(), account);
    }
}
