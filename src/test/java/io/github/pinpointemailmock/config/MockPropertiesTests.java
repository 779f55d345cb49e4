package io.github.pinpointemailmock.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class MockPropertiesTests {

    private static MockProperties with(DataSize bodySize, List<String> pools, int poolLimit) {
        return new MockProperties("000000000000", "us-east-1", bodySize, Map.of(), pools,
                new MockProperties.Limits(10, poolLimit, 10, 50, 100_000, 20_000), new MockProperties.Throttle(0, 1),
                new MockProperties.Validation(true),
                new MockProperties.Auth(MockProperties.Auth.AuthMode.OFF, List.of()), new MockProperties.RequestLog(1000),
                new MockProperties.Account(false, 50_000, 14),
                new MockProperties.Sending(true, false), new MockProperties.Emails(10_000, DataSize.ofMegabytes(256)),
                MockProperties.SmtpRelay.OFF, MockProperties.Events.OFF, List.of());
    }

    @Test
    void moreDeclaredPoolsThanThePoolQuotaStopTheStart() {
        assertThatThrownBy(() -> with(DataSize.ofMegabytes(1), List.of("d1", "d2", "d3"), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mock.dedicated-ip-pools declares 3 pools");
    }

    @Test
    void aBodyLimitBelowOneByteStopsTheStart() {
        assertThatThrownBy(() -> with(DataSize.ofBytes(0), List.of(), 50))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mock.max-request-body-size");
    }
}
