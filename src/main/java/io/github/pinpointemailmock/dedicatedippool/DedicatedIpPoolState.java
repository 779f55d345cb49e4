package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.StateContributor;
import io.github.pinpointemailmock.tag.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Dedicated IP pools in {@code GET /_mock/state}, with their scaling mode and tags. */
@Component
class DedicatedIpPoolState implements StateContributor {

    private final DedicatedIpPoolRepository pools;

    DedicatedIpPoolState(DedicatedIpPoolRepository pools) {
        this.pools = pools;
    }

    @Override
    public String member() {
        return "DedicatedIpPools";
    }

    @Override
    public Map<AccountRegion, List<Object>> state() {
        Map<AccountRegion, List<Object>> state = new HashMap<>();
        pools.all().forEach((scope, byName) -> state.put(scope, byName.values().stream()
                .<Object>map(pool -> new PoolState(pool.name(), pool.scalingMode().name(), pool.tags())).toList()));
        return state;
    }

    record PoolState(String PoolName, String ScalingMode, List<Tag> Tags) {
    }
}
