package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.store.ResourceKind;
import io.github.pinpointemailmock.store.ScopedRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Repository;

/**
 * Dedicated IPs, by address in numeric order. They exist only as declared with {@code mock.dedicated-ips}: every
 * account and region leases the declared addresses from its first use (a reset gives them back as declared), and no
 * operation adds or removes one, so the store is exactly as large as the declaration.
 *
 * <p>Moving an IP into a pool and deleting a pool take turns ({@link #place} and {@link #releasePool} hold this
 * repository's lock), so an IP is never left in a pool that was deleted while it moved there.
 */
@Repository
class DedicatedIpRepository extends ScopedRepository<DedicatedIp> {

    DedicatedIpRepository(MockProperties properties) {
        super(ResourceKind.of("Dedicated IP", "dedicated IPs", DedicatedIp::ip, "DedicatedIps", IpState::of)
                .keyedBy(DedicatedIp::key), properties.dedicatedIps().size(), declared(properties));
    }

    /**
     * The declared IPs, refusing at start-up what no account could lease: an address declared twice, or one in a
     * pool that is not declared too ({@code mock.dedicated-ip-pools}).
     */
    private static List<DedicatedIp> declared(MockProperties properties) {
        List<DedicatedIp> declared = properties.dedicatedIps().stream().map(DedicatedIp::declared).toList();
        Set<String> seen = new HashSet<>();
        for (DedicatedIp ip : declared) {
            if (!seen.add(DedicatedIp.key(ip.ip()))) {
                throw new IllegalArgumentException("mock.dedicated-ips declares " + ip.ip() + " more than once");
            }
            if (ip.pool() != null && !properties.dedicatedIpPools().contains(ip.pool())) {
                throw new IllegalArgumentException("mock.dedicated-ips puts " + ip.ip() + " in pool " + ip.pool()
                        + ", which mock.dedicated-ip-pools does not declare");
            }
        }
        return declared;
    }

    /**
     * Moves the IP to {@code pool} after {@code check} (which may throw to refuse) has seen the IP as it is, with pool
     * deletions held off meanwhile.
     */
    synchronized DedicatedIp place(AccountRegion scope, String ip, String pool, Consumer<DedicatedIp> check) {
        return update(scope, ip, current -> {
            check.accept(current);
            return current.inPoolNamed(pool);
        });
    }

    /** Every IP of the pool goes back to the default pool, as SES does with the IPs of a deleted pool. */
    synchronized void releasePool(AccountRegion scope, String pool) {
        list(scope).values().stream().filter(ip -> pool.equals(ip.pool()))
                .forEach(ip -> tryUpdate(scope, ip.ip(), current -> pool.equals(current.pool())
                        ? current.inPoolNamed(DedicatedIp.DEFAULT_POOL) : current));
    }

    /** An IP in {@code GET /_mock/state}: as {@code GetDedicatedIp} shows a standard IP. */
    record IpState(String Ip, String PoolName, String WarmupStatus, int WarmupPercentage) {

        static IpState of(DedicatedIp ip) {
            return new IpState(ip.ip(), ip.poolName(), ip.warmupStatus(), ip.warmupPercentage());
        }
    }
}
