package io.github.pinpointemailmock.controlplane;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.store.Resettable;
import io.github.pinpointemailmock.store.StateContributor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** Resetting and inspecting the emulator between and within tests. */
@Service
class ControlPlaneService {

    private static final Comparator<AccountRegion> SCOPE_ORDER =
            Comparator.comparing(AccountRegion::accountId).thenComparing(AccountRegion::region);

    private final List<Resettable> resettables;
    private final List<StateContributor> contributors;

    ControlPlaneService(List<Resettable> resettables, List<StateContributor> contributors) {
        this.resettables = resettables;
        this.contributors = contributors;
    }

    /** Empties every store, fault rule, throttle bucket and the request log, or only what belongs to the account. */
    public void reset(Optional<String> account) {
        account.filter(id -> !AccountRegion.isAccountId(id)).ifPresent(id -> {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "account must be a 12-digit account id.");
        });
        resettables.forEach(resettable -> resettable.reset(account));
    }

    /** Every account and region in use, with all its resources, ordered by account then region. */
    public List<Map<String, Object>> state() {
        Map<AccountRegion, Map<String, Object>> byScope = new TreeMap<>(SCOPE_ORDER);
        for (StateContributor contributor : contributors) {
            contributor.state().forEach((scope, resources) -> scopeEntry(byScope, scope)
                    .put(contributor.member(), resources));
        }
        return new ArrayList<>(byScope.values());
    }

    private Map<String, Object> scopeEntry(Map<AccountRegion, Map<String, Object>> byScope, AccountRegion scope) {
        return byScope.computeIfAbsent(scope, key -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("account", key.accountId());
            entry.put("region", key.region());
            contributors.forEach(contributor -> entry.put(contributor.member(), List.of()));
            return entry;
        });
    }
}
