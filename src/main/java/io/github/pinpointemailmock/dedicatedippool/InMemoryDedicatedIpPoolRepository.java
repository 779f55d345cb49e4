package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import java.util.Set;
import org.springframework.stereotype.Repository;

/**
 * Until the pool operations are served, the only pools are those declared with {@code mock.dedicated-ip-pools},
 * and they exist in every account and region.
 */
@Repository
public class InMemoryDedicatedIpPoolRepository implements DedicatedIpPoolRepository {

    private final Set<String> declaredPools;

    public InMemoryDedicatedIpPoolRepository(MockProperties properties) {
        this.declaredPools = Set.copyOf(properties.dedicatedIpPools());
    }

    @Override
    public boolean exists(AccountRegion scope, String poolName) {
        return declaredPools.contains(poolName);
    }
}
