package io.github.pinpointemailmock.tag;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.ResourceKind;
import io.github.pinpointemailmock.store.ScopedRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The repository of a taggable resource, which the tagging operations find by the resource type in its ARN,
 * {@code arn:aws:ses:<region>:<account>:<resource-type>/<name>}; a name is found as the repository finds it, e.g.
 * a domain in any case.
 *
 * @param <T> the resource
 */
public abstract class TaggableRepository<T extends Taggable<T>> extends ScopedRepository<T> implements ResourceTags {

    private final String resourceType;

    /** @param resourceType the resource type of the ARN: {@code configuration-set} */
    protected TaggableRepository(String resourceType, ResourceKind<T> kind, int limit, List<T> initialItems) {
        super(kind, limit, initialItems);
        this.resourceType = resourceType;
    }

    protected TaggableRepository(String resourceType, ResourceKind<T> kind, int limit) {
        this(resourceType, kind, limit, List.of());
    }

    @Override
    public String resourceType() {
        return resourceType;
    }

    @Override
    public Optional<List<Tag>> findTags(AccountRegion scope, String name) {
        return find(scope, name).map(Taggable::tags);
    }

    @Override
    public boolean updateTags(AccountRegion scope, String name, UnaryOperator<List<Tag>> change) {
        return tryUpdate(scope, name, resource -> resource.withTags(change.apply(resource.tags()))).isPresent();
    }
}
