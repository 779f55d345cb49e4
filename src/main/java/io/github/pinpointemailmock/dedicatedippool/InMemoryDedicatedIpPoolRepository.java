package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.Resettable;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.store.InsertResult;
import io.github.pinpointemailmock.store.ScopedMemoryStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Repository;

/**
 * Keeps dedicated IP pools in memory, by name; see {@link ScopedMemoryStore} for what is atomic. A scope starts
 * with the pools declared by {@code mock.dedicated-ip-pools} the first time any operation touches it.
 */
@Repository
public class InMemoryDedicatedIpPoolRepository implements DedicatedIpPoolRepository, Resettable {

    private final ScopedMemoryStore<DedicatedIpPool> store;

    public InMemoryDedicatedIpPoolRepository(MockProperties properties) {
        List<String> declaredPools = List.copyOf(properties.dedicatedIpPools());
        this.store = new ScopedMemoryStore<>(DedicatedIpPool::name, () -> {
            Map<String, DedicatedIpPool> declared = new LinkedHashMap<>();
            declaredPools.forEach(name -> declared.put(name, DedicatedIpPool.declared(name)));
            return declared;
        });
    }

    @Override
    public InsertResult insert(AccountRegion scope, DedicatedIpPool pool, int limit) {
        return store.insert(scope, pool, limit);
    }

    @Override
    public Optional<DedicatedIpPool> find(AccountRegion scope, String poolName) {
        return store.find(scope, poolName);
    }

    @Override
    public NavigableMap<String, DedicatedIpPool> list(AccountRegion scope) {
        return store.list(scope);
    }

    @Override
    public Optional<DedicatedIpPool> update(AccountRegion scope, String poolName,
                                            UnaryOperator<DedicatedIpPool> change) {
        return store.update(scope, poolName, change);
    }

    @Override
    public boolean delete(AccountRegion scope, String poolName) {
        return store.delete(scope, poolName);
    }

    @Override
    public Map<AccountRegion, NavigableMap<String, DedicatedIpPool>> all() {
        return store.snapshot();
    }

    @Override
    public void reset(Optional<String> account) {
        store.clear(scope -> account.map(scope.accountId()::equals).orElse(true));
    }
}
