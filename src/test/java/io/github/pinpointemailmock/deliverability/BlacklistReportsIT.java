package io.github.pinpointemailmock.deliverability;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.model.BlacklistEntry;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;

/** GetBlacklistReports on both faces, with listings added and removed through {@code /_mock/blacklist}. */
class BlacklistReportsIT extends DashboardTestBase {

    @Test
    void aListingAddedThroughTheControlPlaneIsReportedForItsItemOnly() {
        subscribe(domain);
        String ip = "198.51.100." + (Long.parseLong(account) % 250);
        Instant now = clock.instant();
        HttpResponse<String> added = controlPlane.postJson("/_mock/blacklist",
                "{\"item\": \"" + ip + "\", \"rblName\": \"spamhaus-zen\", \"description\": \"Listed for spam\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.body()).contains("\"rblName\":\"spamhaus-zen\"")
                .contains("\"listingTime\":\"" + now + "\"");
        try {
            Map<String, List<BlacklistEntry>> report =
                    v2.getBlacklistReports(r -> r.blacklistItemNames(ip, "192.0.2.99")).blacklistReport();

            assertThat(report).containsOnlyKeys(ip, "192.0.2.99");
            assertThat(report.get(ip)).singleElement().satisfies(entry -> {
                assertThat(entry.rblName()).isEqualTo("spamhaus-zen");
                assertThat(entry.description()).isEqualTo("Listed for spam");
                assertThat(entry.listingTime()).isEqualTo(now);
            });
            assertThat(report.get("192.0.2.99")).isEmpty();
            assertThat(v1.getBlacklistReports(r -> r.blacklistItemNames(ip)).blacklistReport().get(ip))
                    .singleElement().satisfies(entry -> assertThat(entry.rblName()).isEqualTo("spamhaus-zen"));
        } finally {
            HttpResponse<String> removed = controlPlane.send("DELETE", "/_mock/blacklist?item=" + ip, null, null);
            assertThat(removed.body()).isEqualTo("{\"removed\":1}");
        }
        assertThat(v2.getBlacklistReports(r -> r.blacklistItemNames(ip)).blacklistReport().get(ip)).isEmpty();
    }

    @Test
    void aListingWithoutItemOrListNameIsRefused() {
        HttpResponse<String> refused = controlPlane.postJson("/_mock/blacklist", "{\"item\": \"192.0.2.1\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("item and rblName are required.");
    }

    @Test
    void anItemThatIsNeitherAnAddressNorADomainIsRefusedInTheAwsErrorShapeAndNotListed() {
        HttpResponse<String> refused = controlPlane.postJson("/_mock/blacklist",
                "{\"item\": \"a b c\", \"rblName\": \"spamhaus-zen\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(refused.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(refused.body()).contains("\"message\":\"item must be an IPv4 or IPv6 address or a domain name "
                + "of at most 253 characters.\"");
        assertThat(controlPlane.send("GET", "/_mock/blacklist", null, null).body()).doesNotContain("a b c");
    }

    @Test
    void anIpv6AddressCanBeListedAndReported() {
        subscribe(domain);
        String ip = "2001:db8::" + Long.toHexString(Long.parseLong(account) % 0xffff);
        assertThat(controlPlane.postJson("/_mock/blacklist",
                "{\"item\": \"" + ip + "\", \"rblName\": \"spamhaus-zen\"}").statusCode()).isEqualTo(201);
        try {
            assertThat(v2.getBlacklistReports(r -> r.blacklistItemNames(ip)).blacklistReport().get(ip))
                    .singleElement().satisfies(entry -> assertThat(entry.rblName()).isEqualTo("spamhaus-zen"));
        } finally {
            controlPlane.send("DELETE", "/_mock/blacklist?item=" + ip, null, null);
        }
    }

    @Test
    void aListingWhoseTextsAreTooLongIsRefusedAndNothingIsListed() {
        String ip = "198.51.100." + (Long.parseLong(account) % 250);
        HttpResponse<String> longDescription = controlPlane.postJson("/_mock/blacklist", "{\"item\": \"" + ip
                + "\", \"rblName\": \"spamhaus-zen\", \"description\": \"" + "d".repeat(1_000_000) + "\"}");
        HttpResponse<String> longName = controlPlane.postJson("/_mock/blacklist",
                "{\"item\": \"" + ip + "\", \"rblName\": \"" + "r".repeat(257) + "\"}");
        HttpResponse<String> longItem = controlPlane.postJson("/_mock/blacklist",
                "{\"item\": \"" + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "."
                        + "d".repeat(60) + "." + "e".repeat(60) + ".example\", \"rblName\": \"spamhaus-zen\"}");

        assertThat(longDescription.statusCode()).isEqualTo(400);
        assertThat(longDescription.body()).contains("description must be at most 1024 bytes in UTF-8.");
        assertThat(longName.statusCode()).isEqualTo(400);
        assertThat(longName.body()).contains("rblName must be at most 256 characters.");
        assertThat(longItem.statusCode()).isEqualTo(400);
        assertThat(longItem.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(controlPlane.send("GET", "/_mock/blacklist", null, null).body()).doesNotContain(ip + "\"");
    }

    @Test
    void withoutADashboardOrWithoutNamesTheReportIsRefused() {
        assertThatThrownBy(() -> v2.getBlacklistReports(r -> r.blacklistItemNames("192.0.2.1")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Unable to find a dashboard account for <" + account + ">."));

        subscribe(domain);
        var raw = controlPlane.send("GET", "/v2/email/deliverability-dashboard/blacklist-report", null, null,
                account);
        assertThat(raw.statusCode()).isEqualTo(400);
        assertThat(raw.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
    }
}
