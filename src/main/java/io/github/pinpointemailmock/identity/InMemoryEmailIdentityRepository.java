package io.github.pinpointemailmock.identity;

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
 * Keeps email identities in memory, by key. Inserts to one account and region run inside {@code compute} on that
 * scope's entry, which serializes them with each other and with deletes; updates of one identity run inside
 * {@code computeIfPresent} on the identity's own entry. Reads go straight to the concurrent map of the scope.
 */
@Repository
public class InMemoryEmailIdentityRepository implements EmailIdentityRepository {

    private final Map<AccountRegion, Map<String, EmailIdentity>> identitiesByScope = new ConcurrentHashMap<>();

    @Override
    public InsertResult insert(AccountRegion scope, EmailIdentity identity, int limit) {
        AtomicReference<InsertResult> result = new AtomicReference<>();
        identitiesByScope.compute(scope, (key, existing) -> {
            Map<String, EmailIdentity> identities = existing != null ? existing : new ConcurrentHashMap<>();
            if (identities.containsKey(identity.key())) {
                result.set(InsertResult.NAME_TAKEN);
            } else if (identities.size() >= limit) {
                result.set(InsertResult.LIMIT_REACHED);
            } else {
                identities.put(identity.key(), identity);
                result.set(InsertResult.INSERTED);
            }
            return identities;
        });
        return result.get();
    }

    @Override
    public Optional<EmailIdentity> find(AccountRegion scope, String name) {
        return Optional.ofNullable(identities(scope).get(IdentityNames.key(name)));
    }

    @Override
    public NavigableMap<String, EmailIdentity> list(AccountRegion scope) {
        return new TreeMap<>(identities(scope));
    }

    @Override
    public Optional<EmailIdentity> update(AccountRegion scope, String name, UnaryOperator<EmailIdentity> change) {
        return Optional.ofNullable(identities(scope).computeIfPresent(IdentityNames.key(name),
                (key, identity) -> change.apply(identity)));
    }

    @Override
    public boolean delete(AccountRegion scope, String name) {
        // Under the scope's lock, so a delete cannot slip between an insert's count and its write.
        AtomicReference<Boolean> deleted = new AtomicReference<>(false);
        identitiesByScope.computeIfPresent(scope, (key, identities) -> {
            deleted.set(identities.remove(IdentityNames.key(name)) != null);
            return identities;
        });
        return deleted.get();
    }

    private Map<String, EmailIdentity> identities(AccountRegion scope) {
        return identitiesByScope.getOrDefault(scope, Map.of());
    }
}
