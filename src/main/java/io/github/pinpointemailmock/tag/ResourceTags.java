package io.github.pinpointemailmock.tag;

import io.github.pinpointemailmock.caller.AccountRegion;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The tags of one kind of taggable resource, for {@code TagResource}, {@code UntagResource} and
 * {@code ListTagsForResource}; every {@link TaggableRepository} is one.
 */
interface ResourceTags {

    /** The resource type as it appears in the ARN: {@code configuration-set}, {@code dedicated-ip-pool}, ... */
    String resourceType();

    /** The resource's tags, or empty when no such resource exists in the scope. */
    Optional<List<Tag>> findTags(AccountRegion scope, String name);

    /**
     * Replaces the resource's tags with {@code change} applied to them, atomically with respect to other writes
     * of the resource. {@code change} may throw to refuse the update, which then changes nothing.
     *
     * @return false when no such resource exists in the scope
     */
    boolean updateTags(AccountRegion scope, String name, UnaryOperator<List<Tag>> change);
}
