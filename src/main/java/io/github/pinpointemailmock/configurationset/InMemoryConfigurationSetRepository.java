package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.caller.AccountRegion;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Repository;

/**
 * Keeps configuration sets in memory. Inserts to one account and region run inside {@code compute} on that
 * scope's entry, which serializes them with each other; updates and deletes of one set run inside
 * {@code computeIfPresent} on the set's own entry. Reads go straight to the concurrent map of the scope.
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
        return Optional.ofNullable(sets(scope).get(name));
    }

    @Override
    public NavigableMap<String, ConfigurationSet> list(AccountRegion scope) {
        return new TreeMap<>(sets(scope));
    }

    @Override
    public Optional<ConfigurationSet> update(AccountRegion scope, String name, UnaryOperator<ConfigurationSet> change) {
        Map<String, ConfigurationSet> sets = setsByScope.get(scope);
        return sets == null
                ? Optional.empty()
                : Optional.ofNullable(sets.computeIfPresent(name, (key, set) -> change.apply(set)));
    }

    @Override
    public boolean delete(AccountRegion scope, String name) {
        // Under the scope's lock, so a delete cannot slip between an insert's count and its write.
        AtomicReference<Boolean> deleted = new AtomicReference<>(false);
        setsByScope.computeIfPresent(scope, (key, sets) -> {
            deleted.set(sets.remove(name) != null);
            return sets;
        });
        return deleted.get();
    }

    private Map<String, ConfigurationSet> sets(AccountRegion scope) {
        return setsByScope.getOrDefault(scope, Map.of());
    }
}
