package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.caller.AccountRegion;
import java.util.Optional;

/** Configuration sets, kept apart per account and region. Implementations make each write atomic. */
public interface ConfigurationSetRepository {

    /**
     * Stores the set unless one of that name exists or the scope already holds {@code limit} sets, checking both
     * and writing in one atomic step, so concurrent creates of a name cannot both succeed.
     */
    InsertResult insert(AccountRegion scope, ConfigurationSet set, int limit);

    Optional<ConfigurationSet> find(AccountRegion scope, String name);

    enum InsertResult {
        INSERTED,
        NAME_TAKEN,
        LIMIT_REACHED
    }
}
