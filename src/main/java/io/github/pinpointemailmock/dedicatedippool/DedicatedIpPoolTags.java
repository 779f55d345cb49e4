package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.tag.ResourceTags;
import io.github.pinpointemailmock.tag.Tag;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/** The tags of dedicated IP pools, ARN {@code arn:aws:ses:<region>:<account>:dedicated-ip-pool/<name>}. */
@Component
public class DedicatedIpPoolTags implements ResourceTags {

    private final DedicatedIpPoolRepository pools;

    public DedicatedIpPoolTags(DedicatedIpPoolRepository pools) {
        this.pools = pools;
    }

    @Override
    public String resourceType() {
        return "dedicated-ip-pool";
    }

    @Override
    public Optional<List<Tag>> find(AccountRegion scope, String name) {
        return pools.find(scope, name).map(DedicatedIpPool::tags);
    }

    @Override
    public boolean update(AccountRegion scope, String name, UnaryOperator<List<Tag>> change) {
        return pools.update(scope, name, pool -> pool.withTags(change.apply(pool.tags()))).isPresent();
    }
}
