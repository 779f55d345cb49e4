package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.InsertResult;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Email identities, kept apart per account and region. A name is looked up by its key (see
 * {@link IdentityNames#key}): domain names ignore case, addresses do not. Implementations make each write atomic.
 */
public interface EmailIdentityRepository {

    /**
     * Stores the identity unless one of that key exists or the scope already holds {@code limit} identities,
     * checking both and writing in one atomic step, so concurrent creates of a name cannot both succeed.
     */
    InsertResult insert(AccountRegion scope, EmailIdentity identity, int limit);

    Optional<EmailIdentity> find(AccountRegion scope, String name);

    /** A snapshot of the scope's identities, by key in ascending order. */
    NavigableMap<String, EmailIdentity> list(AccountRegion scope);

    /**
     * Replaces the identity with {@code change} applied to it, atomically; {@code change} may throw to refuse,
     * which changes nothing.
     *
     * @return the identity as stored after the change, or empty when there is no such identity
     */
    Optional<EmailIdentity> update(AccountRegion scope, String name, UnaryOperator<EmailIdentity> change);

    /** @return false when there was no such identity */
    boolean delete(AccountRegion scope, String name);

    /** A snapshot of every account and region in use and its identities, for the control plane's state view. */
    Map<AccountRegion, NavigableMap<String, EmailIdentity>> all();
}
