package io.github.pinpointemailmock.fault;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.Resettable;
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
public class FaultService implements Resettable {

    private static final long MAX_LATENCY_MS = 60_000;

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
        if (request.error() == null && request.latencyMs() == null) {
            throw badRequest("error or latencyMs is required.");
        }
        AwsErrorType error = request.error() == null ? null : modelledError(operation, request.error());
        if (request.count() != null && request.count() < 1) {
            throw badRequest("count must be at least 1.");
        }
        if (request.probability() != null && !(request.probability() >= 0 && request.probability() <= 1)) {
            throw badRequest("probability must be between 0 and 1.");
        }
        long latencyMs = request.latencyMs() == null ? 0 : request.latencyMs();
        if (latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
            throw badRequest("latencyMs must be between 0 and " + MAX_LATENCY_MS + ".");
        }
        if (request.account() != null && !AccountRegion.isAccountId(request.account())) {
            throw badRequest("account must be a 12-digit account id.");
        }
        // Without a probability a rule hits once unless told otherwise; with one, it hits by chance without end.
        Integer count = request.count() != null ? request.count() : request.probability() == null ? 1 : null;
        FaultRule rule = new FaultRule(UUID.randomUUID().toString(), operation, error, latencyMs,
                request.probability(), count, request.account(), request.region());
        rules.add(rule);
        return rule.view();
    }

    public List<FaultRuleView> list() {
        return rules.stream().map(FaultRule::view).toList();
    }

    public void clear() {
        rules.clear();
    }

    /** @return false when there is no rule with that id */
    public boolean remove(String id) {
        return rules.removeIf(rule -> rule.id().equals(id));
    }

    /** With an account: removes the rules that target that account; rules for every account stay. */
    @Override
    public void reset(Optional<String> account) {
        rules.removeIf(rule -> account.map(rule::targets).orElse(true));
    }

    /**
     * What a fault rule does to this call, if one hits it. A rule whose error the operation models on one face only
     * (SES v2's {@code CreateEmailIdentity} has {@code AlreadyExistsException}, Pinpoint Email's has not) hits
     * only on that face.
     */
    public Optional<FaultAction> nextFault(Operation operation, ApiFace face, AccountRegion caller) {
        Set<AwsErrorType> modelled = catalog.modelledErrors(face, operation);
        for (FaultRule rule : rules) {
            if (rule.matches(operation, caller) && (rule.error() == null || modelled.contains(rule.error()))
                    && rule.strikes() && rule.tryConsume()) {
                if (rule.exhausted()) {
                    rules.remove(rule);
                }
                return Optional.of(rule.action());
            }
        }
        return Optional.empty();
    }

    private AwsErrorType modelledError(Operation operation, String errorName) {
        Set<AwsErrorType> modelled = modelledOnAnyFace(operation);
        return modelled.stream().filter(type -> type.errorName().equals(errorName)).findFirst()
                .orElseThrow(() -> badRequest("Operation " + operation.operationName() + " does not model "
                        + errorName + "; it models " + names(modelled) + "."));
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
