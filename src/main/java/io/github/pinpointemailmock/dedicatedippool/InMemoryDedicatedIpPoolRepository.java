package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Repository;

/**
 * Keeps dedicated IP pools in memory. A scope's map is made, with the pools declared by
 * {@code mock.dedicated-ip-pools} in it, the first time any operation touches that account and region. Inserts and
 * deletes in one scope run inside {@code compute} on that scope's entry, which serializes them with each other;
 * updates of one pool run inside {@code computeIfPresent} on the pool's own entry. Reads go straight to the
 * concurrent map of the scope.
 */
@Repository
public class InMemoryDedicatedIpPoolRepository implements DedicatedIpPoolRepository {

    private final List<String> declaredPools;
    private final Map<AccountRegion, Map<String, DedicatedIpPool>> poolsByScope = new ConcurrentHashMap<>();

    public InMemoryDedicatedIpPoolRepository(MockProperties properties) {
        this.declaredPools = List.copyOf(properties.dedicatedIpPools());
    }

    @Override
    public boolean exists(AccountRegion scope, String poolName) {
        return pools(scope).containsKey(poolName);
    }

    @Override
    public InsertResult insert(AccountRegion scope, DedicatedIpPool pool, int limit) {
        AtomicReference<InsertResult> result = new AtomicReference<>();
        poolsByScope.compute(scope, (key, existing) -> {
            Map<String, DedicatedIpPool> pools = existing != null ? existing : seeded();
            if (pools.containsKey(pool.name())) {
                result.set(InsertResult.NAME_TAKEN);
            } else if (pools.size() >= limit) {
                result.set(InsertResult.LIMIT_REACHED);
            } else {
                pools.put(pool.name(), pool);
                result.set(InsertResult.INSERTED);
            }
            return pools;
        });
        return result.get();
    }

    @Override
    public Optional<DedicatedIpPool> find(AccountRegion scope, String poolName) {
        return Optional.ofNullable(pools(scope).get(poolName));
    }

    @Override
    public NavigableMap<String, DedicatedIpPool> list(AccountRegion scope) {
        return new TreeMap<>(pools(scope));
    }

    @Override
    public Optional<DedicatedIpPool> update(AccountRegion scope, String poolName,
                                            UnaryOperator<DedicatedIpPool> change) {
        return Optional.ofNullable(pools(scope).computeIfPresent(poolName, (key, pool) -> change.apply(pool)));
    }

    @Override
    public boolean delete(AccountRegion scope, String poolName) {
        // Under the scope's lock, so a delete cannot slip between an insert's count and its write.
        AtomicReference<Boolean> deleted = new AtomicReference<>(false);
        poolsByScope.compute(scope, (key, existing) -> {
            Map<String, DedicatedIpPool> pools = existing != null ? existing : seeded();
            deleted.set(pools.remove(poolName) != null);
            return pools;
        });
        return deleted.get();
    }

    /** The scope's pools, seeding the declared ones the first time the scope is used. */
    private Map<String, DedicatedIpPool> pools(AccountRegion scope) {
        return poolsByScope.computeIfAbsent(scope, key -> seeded());
    }

    private Map<String, DedicatedIpPool> seeded() {
        Map<String, DedicatedIpPool> pools = new ConcurrentHashMap<>();
        declaredPools.forEach(name -> pools.put(name, DedicatedIpPool.declared(name)));
        return pools;
    }
}
