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

/** Holds the fault rules set through the control plane and works out what they do to each call. */
@Service
public class FaultService implements Resettable {

    private static final long MAX_LATENCY_MS = 60_000;

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final OperationCatalog catalog;

    public FaultService(OperationCatalog catalog) {
        this.catalog = catalog;
    }

    FaultRuleView add(FaultRuleRequest request) {
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

    List<FaultRuleView> list() {
        return rules.stream().map(FaultRule::view).toList();
    }

    void clear() {
        rules.clear();
    }

    /** @return false when there is no rule with that id */
    boolean remove(String id) {
        return rules.removeIf(rule -> rule.id().equals(id));
    }

    /** With an account: removes the rules that target that account; rules for every account stay. */
    @Override
    public void reset(Optional<String> account) {
        rules.removeIf(rule -> account.map(rule::targets).orElse(true));
    }

    /**
     * What the fault rules do to this call, composed: every matching rule whose chance comes up adds its latency,
     * and the first of them (oldest first) with an error decides the error. So one rule can make a region slower
     * while another fails a share of its calls. A rule uses up one of its hits only when it applies: its latency
     * is added, or its error is the one answered; an error rule that comes after the error was decided, and has no
     * latency, is left for a later call.
     *
     * <p>A rule whose error the operation models on one face only (SES v2's {@code CreateEmailIdentity} has
     * {@code AlreadyExistsException}, Pinpoint Email's has not) applies only on that face.
     *
     * @return empty when no rule applies
     */
    public Optional<FaultAction> nextFault(Operation operation, ApiFace face, AccountRegion caller) {
        Set<AwsErrorType> modelled = null;
        AwsErrorType error = null;
        long latencyMs = 0;
        boolean applied = false;
        for (FaultRule rule : rules) {
            if (!rule.matches(operation, caller)) {
                continue;
            }
            if (rule.error() != null) {
                if (modelled == null) {
                    modelled = catalog.modelledErrors(face, operation);
                }
                if (!modelled.contains(rule.error())) {
                    continue;
                }
            }
            boolean decidesError = rule.error() != null && error == null;
            if ((rule.latencyMs() > 0 || decidesError) && rule.strikes() && rule.tryConsume()) {
                applied = true;
                latencyMs += rule.latencyMs();
                if (decidesError) {
                    error = rule.error();
                }
                if (rule.exhausted()) {
                    rules.remove(rule);
                }
            }
        }
        return applied ? Optional.of(new FaultAction(error, latencyMs)) : Optional.empty();
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
