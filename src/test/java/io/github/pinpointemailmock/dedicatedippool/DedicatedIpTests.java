package io.github.pinpointemailmock.dedicatedippool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.support.TestProperties;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How {@code mock.dedicated-ips} is read, and the order and identity of addresses. */
class DedicatedIpTests {

    private static final AccountRegion CALLER = new AccountRegion("111122223333", "us-east-1");

    @Test
    void anAddressWithoutAPoolIsInTheDefaultPoolAndFullyWarmedUp() {
        DedicatedIp ip = DedicatedIp.declared(" 198.51.100.10 ");

        assertThat(ip).isEqualTo(new DedicatedIp("198.51.100.10", null, 100));
        assertThat(ip.poolName()).isEqualTo("ses-default-dedicated-pool");
        assertThat(ip.warmupStatus()).isEqualTo("DONE");
        assertThat(ip.inPool("ses-default-dedicated-pool")).isTrue();
    }

    @Test
    void anAddressWithAPoolIsInThatPoolAndNamingTheDefaultPoolIsTheSameAsNamingNone() {
        assertThat(DedicatedIp.declared("198.51.100.10:pool-a")).isEqualTo(new DedicatedIp("198.51.100.10", "pool-a", 100));
        assertThat(DedicatedIp.declared("198.51.100.10:ses-default-dedicated-pool").pool()).isNull();
        assertThat(DedicatedIp.declared("198.51.100.10:pool-a").withWarmupPercentage(99).warmupStatus())
                .isEqualTo("IN_PROGRESS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"198.51.100", "198.51.100.256", "198.51.100.010", "2001:db8::1", "host.example.com",
            "198.51.100.10:", ""})
    void aDeclarationThatIsNotAnIpv4AddressWithAnOptionalPoolStopsTheStart(String declaration) {
        assertThatThrownBy(() -> DedicatedIp.declared(declaration))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mock.dedicated-ips: '" + declaration + "'");
    }

    @Test
    void addressesSortInNumericOrderAndOnlyAnExactAddressFindsOne() {
        assertThat(List.of("198.51.100.10", "198.51.100.9", "10.0.0.1", "198.51.99.200").stream()
                .sorted((a, b) -> DedicatedIp.key(a).compareTo(DedicatedIp.key(b))))
                .containsExactly("10.0.0.1", "198.51.99.200", "198.51.100.9", "198.51.100.10");
        assertThat(DedicatedIp.key("198.51.100.010")).isNotEqualTo(DedicatedIp.key("198.51.100.10"));
    }

    @Test
    void theDeclaredIpsAreInEveryScopeAndAnAddressDeclaredTwiceOrInAnUndeclaredPoolStopsTheStart() {
        DedicatedIpRepository ips = new DedicatedIpRepository(TestProperties.withDedicatedIps(List.of("pool-a"),
                List.of("198.51.100.11:pool-a", "198.51.100.9")));
        assertThat(ips.list(CALLER).values()).extracting(DedicatedIp::ip).containsExactly("198.51.100.9",
                "198.51.100.11");

        assertThatThrownBy(() -> new DedicatedIpRepository(TestProperties.withDedicatedIps(List.of("pool-a"),
                List.of("198.51.100.9", "198.51.100.9:pool-a"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mock.dedicated-ips declares 198.51.100.9 more than once");
        assertThatThrownBy(() -> new DedicatedIpRepository(TestProperties.withDedicatedIps(List.of("pool-a"),
                List.of("198.51.100.9:pool-b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mock.dedicated-ips puts 198.51.100.9 in pool pool-b, which mock.dedicated-ip-pools "
                        + "does not declare");
    }

    @Test
    void deletingAPoolReleasesOnlyItsOwnIps() {
        DedicatedIpRepository ips = new DedicatedIpRepository(TestProperties.withDedicatedIps(
                List.of("pool-a", "pool-b"), List.of("198.51.100.1:pool-a", "198.51.100.2:pool-b", "198.51.100.3")));

        ips.releasePool(CALLER, "pool-a");

        assertThat(ips.list(CALLER).values()).extracting(DedicatedIp::pool).containsExactly(null, "pool-b", null);
    }
}
