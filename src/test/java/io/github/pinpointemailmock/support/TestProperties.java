package io.github.pinpointemailmock.support;

import io.github.pinpointemailmock.config.MockProperties;
import java.util.List;
import java.util.Map;
import org.springframework.util.unit.DataSize;

/** {@link MockProperties} for plain unit tests, with the application's defaults where a test does not care. */
public final class TestProperties {

    private TestProperties() {
    }

    public static MockProperties of(List<String> pools, MockProperties.Limits limits,
                                    MockProperties.Validation validation) {
        return new MockProperties("000000000000", "us-east-1", DataSize.ofMegabytes(1), Map.of(), pools,
                limits, new MockProperties.Throttle(0, 1), validation,
                new MockProperties.Auth(MockProperties.Auth.AuthMode.OFF, List.of()),
                new MockProperties.RequestLog(1000), new MockProperties.Account(false, 50_000, 14),
                new MockProperties.Sending(true, false), new MockProperties.Emails(10_000, DataSize.ofMegabytes(256)),
                MockProperties.SmtpRelay.OFF, MockProperties.Events.OFF, List.of());
    }

    public static MockProperties withPoolsAndLimit(List<String> pools, int configurationSetLimit) {
        return of(pools, new MockProperties.Limits(configurationSetLimit, 50, 10_000, 50, 100_000, 20_000),
                new MockProperties.Validation(true));
    }

    /** The defaults, with throttling at {@code requestsPerSecond} and a bucket of {@code burst}. */
    public static MockProperties withThrottle(double requestsPerSecond, int burst) {
        MockProperties defaults = defaults();
        return new MockProperties(defaults.defaultAccount(), defaults.defaultRegion(), defaults.maxRequestBodySize(),
                defaults.maxRequestBodySizePerOperation(), defaults.dedicatedIpPools(), defaults.limits(),
                new MockProperties.Throttle(requestsPerSecond, burst), defaults.validation(), defaults.auth(),
                defaults.requestLog(), defaults.account(),
                new MockProperties.Sending(true, false), new MockProperties.Emails(10_000, DataSize.ofMegabytes(256)),
                MockProperties.SmtpRelay.OFF, MockProperties.Events.OFF, List.of());
    }

    /** The defaults, with a request log of {@code size} entries. */
    public static MockProperties withRequestLogSize(int size) {
        MockProperties defaults = defaults();
        return new MockProperties(defaults.defaultAccount(), defaults.defaultRegion(), defaults.maxRequestBodySize(),
                defaults.maxRequestBodySizePerOperation(), defaults.dedicatedIpPools(), defaults.limits(),
                defaults.throttle(), defaults.validation(), defaults.auth(), new MockProperties.RequestLog(size),
                defaults.account(),
                new MockProperties.Sending(true, false), new MockProperties.Emails(10_000, DataSize.ofMegabytes(256)),
                MockProperties.SmtpRelay.OFF, MockProperties.Events.OFF, List.of());
    }

    /** The defaults, with this account setting ({@code mock.account.*}). */
    public static MockProperties withAccount(MockProperties.Account account) {
        MockProperties defaults = defaults();
        return new MockProperties(defaults.defaultAccount(), defaults.defaultRegion(), defaults.maxRequestBodySize(),
                defaults.maxRequestBodySizePerOperation(), defaults.dedicatedIpPools(), defaults.limits(),
                defaults.throttle(), defaults.validation(), defaults.auth(), defaults.requestLog(), account,
                new MockProperties.Sending(true, false), new MockProperties.Emails(10_000, DataSize.ofMegabytes(256)),
                MockProperties.SmtpRelay.OFF, MockProperties.Events.OFF, List.of());
    }

    /** The defaults, with this SMTP relay ({@code mock.smtp-relay.*}). */
    public static MockProperties withSmtpRelay(MockProperties.SmtpRelay relay) {
        MockProperties d = defaults();
        return new MockProperties(d.defaultAccount(), d.defaultRegion(), d.maxRequestBodySize(),
                d.maxRequestBodySizePerOperation(), d.dedicatedIpPools(), d.limits(), d.throttle(), d.validation(),
                d.auth(), d.requestLog(), d.account(), d.sending(), d.emails(), relay, d.events(), List.of());
    }

    /** The defaults, with this event publishing ({@code mock.events.*}). */
    public static MockProperties withEvents(MockProperties.Events events) {
        MockProperties d = defaults();
        return new MockProperties(d.defaultAccount(), d.defaultRegion(), d.maxRequestBodySize(),
                d.maxRequestBodySizePerOperation(), d.dedicatedIpPools(), d.limits(), d.throttle(), d.validation(),
                d.auth(), d.requestLog(), d.account(), d.sending(), d.emails(), d.smtpRelay(), events, List.of());
    }

    /** The defaults, with these declared pools and dedicated IPs ({@code mock.dedicated-ip-pools}, {@code mock.dedicated-ips}). */
    public static MockProperties withDedicatedIps(List<String> pools, List<String> ips) {
        MockProperties d = defaults();
        return new MockProperties(d.defaultAccount(), d.defaultRegion(), d.maxRequestBodySize(),
                d.maxRequestBodySizePerOperation(), pools, d.limits(), d.throttle(), d.validation(),
                d.auth(), d.requestLog(), d.account(), d.sending(), d.emails(), d.smtpRelay(), d.events(), ips);
    }

    public static MockProperties defaults() {
        return withPoolsAndLimit(List.of(), 10_000);
    }
}
