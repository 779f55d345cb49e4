package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.Resettable;
import io.github.pinpointemailmock.store.InsertResult;
import io.github.pinpointemailmock.store.ScopedMemoryStore;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Repository;

/**
 * Keeps email identities in memory, by key (see {@link IdentityNames#key}); see {@link ScopedMemoryStore} for what
 * is atomic.
 */
@Repository
public class InMemoryEmailIdentityRepository implements EmailIdentityRepository, Resettable {

    private final ScopedMemoryStore<EmailIdentity> store = new ScopedMemoryStore<>(EmailIdentity::key);

    @Override
    public InsertResult insert(AccountRegion scope, EmailIdentity identity, int limit) {
        return store.insert(scope, identity, limit);
    }

    @Override
    public Optional<EmailIdentity> find(AccountRegion scope, String name) {
        return store.find(scope, IdentityNames.key(name));
    }

    @Override
    public NavigableMap<String, EmailIdentity> list(AccountRegion scope) {
        return store.list(scope);
    }

    @Override
    public Optional<EmailIdentity> update(AccountRegion scope, String name, UnaryOperator<EmailIdentity> change) {
        return store.update(scope, IdentityNames.key(name), change);
    }

    @Override
    public boolean delete(AccountRegion scope, String name) {
        return store.delete(scope, IdentityNames.key(name));
    }

    @Override
    public Map<AccountRegion, NavigableMap<String, EmailIdentity>> all() {
        return store.snapshot();
    }

    @Override
    public void reset(Optional<String> account) {
        store.clear(scope -> account.map(scope.accountId()::equals).orElse(true));
    }
}
