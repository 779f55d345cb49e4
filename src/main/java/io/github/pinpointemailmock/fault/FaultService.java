package io.github.pinpointemailmock.fault;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.OperationCatalog;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Holds the fault rules set through the control plane and hands out their failures, oldest rule first. */
@Service
public class FaultService {

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final OperationCatalog catalog;

    public FaultService(OperationCatalog catalog) {
        this.catalog = catalog;
    }

    public FaultRuleView add(FaultRuleRequest request) {
        if (request == null || request.operation() == null) {
            throw badRequest("operation is required.");
        }
        Operation operation = Operation.byName(request.operation())
                .orElseThrow(() -> badRequest("Unknown operation " + request.operation() + "."));
        if (request.error() == null) {
            throw badRequest("error is required.");
        }
        Set<AwsErrorType> modelled = modelledOnAnyFace(operation);
        AwsErrorType error = modelled.stream().filter(type -> type.errorName().equals(request.error())).findFirst()
                .orElseThrow(() -> badRequest("Operation " + operation.operationName() + " does not model "
                        + request.error() + "; it models " + names(modelled) + "."));
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

    /**
     * The error this call must fail with, if a rule still has a failure for it. A rule whose error the operation
     * models on one face only (SES v2's {@code CreateEmailIdentity} has {@code AlreadyExistsException}, Pinpoint
     * Email's has not) fires only on that face.
     */
    public Optional<AwsErrorType> nextFault(Operation operation, ApiFace face, AccountRegion caller) {
        Set<AwsErrorType> modelled = catalog.modelledErrors(face, operation);
        for (FaultRule rule : rules) {
            if (rule.matches(operation, caller) && modelled.contains(rule.error()) && rule.tryConsume()) {
                if (rule.exhausted()) {
                    rules.remove(rule);
                }
                return Optional.of(rule.error());
            }
        }
        return Optional.empty();
    }

    private Set<AwsErrorType> modelledOnAnyFace(Operation operation) {
        Set<AwsErrorType> modelled = EnumSet.noneOf(AwsErrorType.class);
        for (ApiFace face : ApiFace.values()) {
            modelled.addAll(catalog.modelledErrors(face, operation));
        }
        return modelled;
    }

    private static String names(Set<AwsErrorType> errors) {
        return errors.stream().map(AwsErrorType::errorName).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    private static AwsException badRequest(String message) {
        return new AwsException(AwsErrorType.BAD_REQUEST, message);
    }
}
