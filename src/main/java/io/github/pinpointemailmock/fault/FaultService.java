package io.github.pinpointemailmock.fault;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.Operation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Holds the fault rules set through the control plane and hands out their failures, oldest rule first. */
@Service
public class FaultService {

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

    public FaultRuleView add(FaultRuleRequest request) {
        if (request == null || request.operation() == null) {
            throw badRequest("operation is required.");
        }
        Operation operation = Operation.byName(request.operation())
                .orElseThrow(() -> badRequest("Unknown operation " + request.operation() + "."));
        if (request.error() == null) {
            throw badRequest("error is required.");
        }
        AwsErrorType error = operation.modelledError(request.error())
                .orElseThrow(() -> badRequest("Operation " + operation.operationName() + " does not model "
                        + request.error() + "; it models " + modelledErrorNames(operation) + "."));
        int count = request.count() == null ? 1 : request.count();
        if (count < 1) {
            throw badRequest("count must be at least 1.");
        }
        if (request.account() != null && !AccountRegion.isAccountId(request.account())) {
            throw badRequest("account must be a 12-digit account id.");
        }
        FaultRule rule = new FaultRule(UUID.randomUUID().toString(), operation, error, count, request.account());
        rules.add(rule);
        return rule.view();
    }

    public List<FaultRuleView> list() {
        return rules.stream().map(FaultRule::view).toList();
    }

    public void clear() {
        rules.clear();
    }

    /** The error this call must fail with, if a rule still has a failure for it. */
    public Optional<AwsErrorType> nextFault(Operation operation, AccountRegion caller) {
        for (FaultRule rule : rules) {
            if (rule.matches(operation, caller) && rule.tryConsume()) {
                if (rule.exhausted()) {
                    rules.remove(rule);
                }
                return Optional.of(rule.error());
            }
        }
        return Optional.empty();
    }

    private static String modelledErrorNames(Operation operation) {
        return operation.modelledErrors().stream().map(AwsErrorType::errorName).sorted()
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static AwsException badRequest(String message) {
        return new AwsException(AwsErrorType.BAD_REQUEST, message);
    }
}
