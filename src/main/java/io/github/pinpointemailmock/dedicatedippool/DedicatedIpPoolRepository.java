package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.store.ResourceKind;
import io.github.pinpointemailmock.tag.Tag;
import io.github.pinpointemailmock.tag.TaggableRepository;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * Dedicated IP pools, by name. The pools declared with {@code mock.dedicated-ip-pools} are in every account and
 * region from the first time it is used, count against the quota, and from then on are pools like any other.
 */
@Repository
class DedicatedIpPoolRepository extends TaggableRepository<DedicatedIpPool> {

    DedicatedIpPoolRepository(MockProperties properties) {
        super("dedicated-ip-pool",
                ResourceKind.of("Dedicated IP pool", "dedicated IP pools", DedicatedIpPool::name,
                        "DedicatedIpPools", PoolState::of),
                properties.limits().dedicatedIpPools(),
                properties.dedicatedIpPools().stream().map(DedicatedIpPool::declared).toList());
    }

    /** A pool in {@code GET /_mock/state}: with its scaling mode and tags. */
    record PoolState(String PoolName, String ScalingMode, List<Tag> Tags) {

        static PoolState of(DedicatedIpPool pool) {
            return new PoolState(pool.name(), pool.scalingMode().name(), pool.tags());
        }
    }
}
