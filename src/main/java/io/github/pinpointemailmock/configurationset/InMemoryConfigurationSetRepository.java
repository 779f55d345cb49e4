package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.caller.AccountRegion;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Repository;

/**
 * Keeps configuration sets in memory. Writes to one account and region run inside {@code compute} on that scope's
 * entry, which serializes them; reads go straight to the concurrent map of the scope.
 */
@Repository
public class InMemoryConfigurationSetRepository implements ConfigurationSetRepository {

    private final Map<AccountRegion, Map<String, ConfigurationSet>> setsByScope = new ConcurrentHashMap<>();

    @Override
    public InsertResult insert(AccountRegion scope, ConfigurationSet set, int limit) {
        AtomicReference<InsertResult> result = new AtomicReference<>();
        setsByScope.compute(scope, (key, existing) -> {
            Map<String, ConfigurationSet> sets = existing != null ? existing : new ConcurrentHashMap<>();
            if (sets.containsKey(set.name())) {
                result.set(InsertResult.NAME_TAKEN);
            } else if (sets.size() >= limit) {
                result.set(InsertResult.LIMIT_REACHED);
            } else {
                sets.put(set.name(), set);
                result.set(InsertResult.INSERTED);
            }
            return sets;
        });
        return result.get();
    }

    @Override
    public Optional<ConfigurationSet> find(AccountRegion scope, String name) {
        return Optional.ofNullable(setsByScope.getOrDefault(scope, Map.of()).get(name));
    }
}
