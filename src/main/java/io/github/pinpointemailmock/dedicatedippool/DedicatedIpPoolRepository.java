package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.InsertResult;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Dedicated IP pools, kept apart per account and region. Implementations make each write atomic. The pools declared
 * with {@code mock.dedicated-ip-pools} are in every scope from the first time it is used, and from then on are
 * pools like any other.
 */
public interface DedicatedIpPoolRepository {

    /**
     * Stores the pool unless one of that name exists or the scope already holds {@code limit} pools (declared ones
     * included), checking both and writing in one atomic step, so concurrent creates of a name cannot both succeed.
     */
    InsertResult insert(AccountRegion scope, DedicatedIpPool pool, int limit);

    Optional<DedicatedIpPool> find(AccountRegion scope, String poolName);

    /** A snapshot of the scope's pools, by name in ascending order. */
    NavigableMap<String, DedicatedIpPool> list(AccountRegion scope);

    /**
     * Replaces the pool with {@code change} applied to it, atomically; {@code change} may throw to refuse, which
     * changes nothing.
     *
     * @return the pool as stored after the change, or empty when there is no such pool
     */
    Optional<DedicatedIpPool> update(AccountRegion scope, String poolName, UnaryOperator<DedicatedIpPool> change);

    /** @return false when there was no such pool */
    boolean delete(AccountRegion scope, String poolName);

    /** A snapshot of every account and region in use and its pools, for the control plane's state view. */
    Map<AccountRegion, NavigableMap<String, DedicatedIpPool>> all();
}
