package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.Resettable;
import io.github.pinpointemailmock.store.InsertResult;
import io.github.pinpointemailmock.store.ScopedMemoryStore;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Repository;

/** Keeps configuration sets in memory, by name; see {@link ScopedMemoryStore} for what is atomic. */
@Repository
public class InMemoryConfigurationSetRepository implements ConfigurationSetRepository, Resettable {

    private final ScopedMemoryStore<ConfigurationSet> store = new ScopedMemoryStore<>(ConfigurationSet::name);

    @Override
    public InsertResult insert(AccountRegion scope, ConfigurationSet set, int limit) {
        return store.insert(scope, set, limit);
    }

    @Override
    public Optional<ConfigurationSet> find(AccountRegion scope, String name) {
        return store.find(scope, name);
    }

    @Override
    public NavigableMap<String, ConfigurationSet> list(AccountRegion scope) {
        return store.list(scope);
    }

    @Override
    public Optional<ConfigurationSet> update(AccountRegion scope, String name, UnaryOperator<ConfigurationSet> change) {
        return store.update(scope, name, change);
    }

    @Override
    public boolean delete(AccountRegion scope, String name) {
        return store.delete(scope, name);
    }

    @Override
    public Map<AccountRegion, NavigableMap<String, ConfigurationSet>> all() {
        return store.snapshot();
    }

    @Override
    public void reset(Optional<String> account) {
        store.clear(scope -> account.map(scope.accountId()::equals).orElse(true));
    }
}
