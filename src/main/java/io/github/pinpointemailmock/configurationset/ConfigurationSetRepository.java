package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.InsertResult;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Configuration sets, kept apart per account and region. Implementations make each write atomic. */
public interface ConfigurationSetRepository {

    /**
     * Stores the set unless one of that name exists or the scope already holds {@code limit} sets, checking both
     * and writing in one atomic step, so concurrent creates of a name cannot both succeed.
     */
    InsertResult insert(AccountRegion scope, ConfigurationSet set, int limit);

    Optional<ConfigurationSet> find(AccountRegion scope, String name);

    /** A snapshot of the scope's sets, by name in ascending order. */
    NavigableMap<String, ConfigurationSet> list(AccountRegion scope);

    /**
     * Replaces the set with {@code change} applied to it, atomically; {@code change} may throw to refuse, which
     * changes nothing.
     *
     * @return the set as stored after the change, or empty when there is no such set
     */
    Optional<ConfigurationSet> update(AccountRegion scope, String name, UnaryOperator<ConfigurationSet> change);

    /** @return false when there was no such set */
    boolean delete(AccountRegion scope, String name);

    /** A snapshot of every account and region in use and its sets, for the control plane's state view. */
    Map<AccountRegion, NavigableMap<String, ConfigurationSet>> all();
}
