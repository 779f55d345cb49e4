package io.github.pinpointemailmock.store;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The repository of one kind of resource: kept per account and region (see {@link ScopedMemoryStore} for what is
 * atomic), under a quota, emptied by {@code POST /_mock/reset} and shown by {@code GET /_mock/state}. A resource's
 * repository is a subclass that only says what it holds, e.g. for email templates:
 *
 * <pre>{@code
 * @Repository
 * class EmailTemplateRepository extends ScopedRepository<EmailTemplate> {
 *     EmailTemplateRepository(MockProperties properties) {
 *         super(ResourceKind.of("Email template", "email templates", EmailTemplate::name,
 *                 "EmailTemplates", GetEmailTemplateResponse::of), properties.limits().emailTemplates());
 *     }
 * }
 * }</pre>
 *
 * (a taggable resource extends {@code TaggableRepository} instead, naming its ARN resource type). The operations
 * that find nothing, or may not write, throw the errors every resource answers with, worded from the
 * {@link ResourceKind}: {@code NotFoundException "Email template x does not exist."},
 * {@code AlreadyExistsException "Email template x already exists."} and
 * {@code LimitExceededException "Maximum number of email templates (10000) reached for this account in us-east-1."}.
 *
 * @param <T> the resource, an immutable record
 */
public abstract class ScopedRepository<T> implements Resettable, StateContributor {

    private final ResourceKind<T> kind;
    private final ScopedMemoryStore<T> store;

    /** @param initialItems what every account and region holds the first time it is used, counted in the quota */
    protected ScopedRepository(ResourceKind<T> kind, int limit, List<T> initialItems) {
        this.kind = kind;
        this.store = new ScopedMemoryStore<>(kind::keyOfItem, limit, initialItems);
    }

    protected ScopedRepository(ResourceKind<T> kind, int limit) {
        this(kind, limit, List.of());
    }

    /**
     * Stores the resource unless one of that name exists or the scope already holds the quota, checked in that
     * order and written in one atomic step, so concurrent creates of a name cannot both succeed.
     *
     * @return the resource, as stored
     */
    public T insert(AccountRegion scope, T resource) {
        tryInsert(scope, resource).orThrow(() -> alreadyExists(kind.nameOf().apply(resource)),
                () -> limitExceeded(scope));
        return resource;
    }

    /** As {@link #insert}, telling what happened instead of throwing, for a create with rules of its own. */
    public InsertResult tryInsert(AccountRegion scope, T resource) {
        return store.insert(scope, resource);
    }

    public Optional<T> find(AccountRegion scope, String name) {
        return store.find(scope, kind.keyOf().apply(name));
    }

    /** The resource, or {@link #notFound} when the scope holds none of that name. */
    public T require(AccountRegion scope, String name) {
        return find(scope, name).orElseThrow(() -> notFound(name));
    }

    /** A snapshot of the scope's resources, by key in ascending order. */
    public NavigableMap<String, T> list(AccountRegion scope) {
        return store.list(scope);
    }

    /**
     * Replaces the resource with {@code change} applied to it, atomically; {@code change} may throw to refuse,
     * which changes nothing.
     *
     * @return the resource as stored after the change
     */
    public T update(AccountRegion scope, String name, UnaryOperator<T> change) {
        return tryUpdate(scope, name, change).orElseThrow(() -> notFound(name));
    }

    /** As {@link #update}, empty when there is no such resource. */
    public Optional<T> tryUpdate(AccountRegion scope, String name, UnaryOperator<T> change) {
        return store.update(scope, kind.keyOf().apply(name), change);
    }

    /** Removes the resource, or throws {@link #notFound} when there was none. */
    public void delete(AccountRegion scope, String name) {
        if (!store.delete(scope, kind.keyOf().apply(name))) {
            throw notFound(name);
        }
    }

    public int limit() {
        return store.limit();
    }

    public AwsException notFound(String name) {
        return new AwsException(AwsErrorType.NOT_FOUND, kind.noun() + " " + name + " does not exist.");
    }

    public AwsException alreadyExists(String name) {
        return new AwsException(AwsErrorType.ALREADY_EXISTS, kind.noun() + " " + name + " already exists.");
    }

    public AwsException limitExceeded(AccountRegion scope) {
        return new AwsException(AwsErrorType.LIMIT_EXCEEDED, "Maximum number of " + kind.pluralNoun() + " ("
                + limit() + ") reached for this account in " + scope.region() + ".");
    }

    /** The state view's name of this list, which also binds its page tokens to it. */
    @Override
    public String member() {
        return kind.stateMember();
    }

    /** Every account and region in use, with its resources by key in ascending order, as the state view shows them. */
    @Override
    public Map<AccountRegion, List<Object>> state() {
        Map<AccountRegion, List<Object>> state = new HashMap<>();
        store.snapshot().forEach((scope, resources) ->
                state.put(scope, resources.values().stream().<Object>map(kind.stateView()).toList()));
        return state;
    }

    @Override
    public void reset(Optional<String> account) {
        store.clear(scope -> account.map(scope.accountId()::equals).orElse(true));
    }
}
