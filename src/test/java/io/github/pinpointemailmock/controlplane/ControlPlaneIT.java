package io.github.pinpointemailmock.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.SesV2Clients;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The control plane tests use between and within tests: reset, state, request log, faults, info. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "mock.request-log.size=5", "mock.throttle.requests-per-second=0.001", "mock.throttle.burst=50",
        "mock.account.max-send-rate=7", "mock.deliverability.max-test-reports=9",
        "mock.limits.event-destinations-per-set=3", "mock.events.max-stored=42",
        "mock.smtp-relay.password=hunter2", "mock.events.secret-access-key=swordfish"})
class ControlPlaneIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ONE = "101010101010";
    private static final String TWO = "202020202020";

    @LocalServerPort
    int port;

    MockControlPlane http;

    @BeforeEach
    void resetEverything() {
        http = new MockControlPlane(port);
        assertThat(http.send("POST", "/_mock/reset", null, null).statusCode()).isEqualTo(204);
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = http.send("GET", path, null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void populate(String account) {
        try (SesV2Client ses = SesV2Clients.forPort(port, account, "us-east-1")) {
            ses.createEmailIdentity(request -> request.emailIdentity("state.example.com"));
            ses.createDedicatedIpPool(request -> request.poolName("pool"));
            ses.createConfigurationSet(request -> request.configurationSetName("set")
                    .deliveryOptions(d -> d.sendingPoolName("pool").maxDeliverySeconds(600L))
                    .trackingOptions(t -> t.customRedirectDomain("state.example.com")));
        }
    }

    @Test
    void stateShowsEveryAccountAndRegionWithItsFullResources() {
        populate(ONE);

        JsonNode state = get("/_mock/state");

        assertThat(state).hasSize(1);
        JsonNode scope = state.get(0);
        assertThat(scope.get("account").asString()).isEqualTo(ONE);
        assertThat(scope.get("region").asString()).isEqualTo("us-east-1");
        JsonNode set = scope.get("ConfigurationSets").get(0);
        assertThat(set.get("ConfigurationSetName").asString()).isEqualTo("set");
        assertThat(set.get("DeliveryOptions").get("MaxDeliverySeconds").asLong()).isEqualTo(600);
        assertThat(scope.get("DedicatedIpPools").get(0).get("PoolName").asString()).isEqualTo("pool");
        assertThat(scope.get("EmailIdentities").get(0).get("IdentityName").asString()).isEqualTo("state.example.com");
        assertThat(scope.get("EmailIdentities").get(0).get("VerificationStatus").asString()).isEqualTo("SUCCESS");
    }

    @Test
    void aResetOfOneAccountLeavesTheOthersAndAFullResetLeavesNothing() {
        populate(ONE);
        populate(TWO);
        http.postJson("/_mock/faults", "{\"operation\": \"GetConfigurationSet\", \"error\": \"NotFoundException\", "
                + "\"account\": \"" + ONE + "\", \"count\": 5}");

        assertThat(http.send("POST", "/_mock/reset?account=" + ONE, null, null).statusCode()).isEqualTo(204);

        assertThat(get("/_mock/state")).extracting(scope -> scope.get("account").asString()).containsExactly(TWO);
        assertThat(get("/_mock/faults")).isEmpty();
        assertThat(get("/_mock/requests")).allSatisfy(entry -> assertThat(entry.get("account").asString())
                .isEqualTo(TWO));
        try (SesV2Client one = SesV2Clients.forPort(port, ONE, "us-east-1")) {
            assertThatThrownBy(() -> one.getConfigurationSet(request -> request.configurationSetName("set")))
                    .isInstanceOf(NotFoundException.class);
            populate(ONE);
        }

        http.send("POST", "/_mock/reset", null, null);
        assertThat(get("/_mock/state")).isEmpty();
        assertThat(get("/_mock/requests")).isEmpty();
    }

    @Test
    void aResetRefillsTheThrottleBuckets() {
        try (SesV2Client ses = SesV2Clients.forPort(port, ONE, "us-east-1")) {
            for (int i = 0; i < 50; i++) {
                ses.listConfigurationSets(request -> { });
            }
            assertThatThrownBy(() -> ses.listConfigurationSets(request -> { }))
                    .isInstanceOf(TooManyRequestsException.class);
            // The control plane is never throttled.
            for (int i = 0; i < 60; i++) {
                assertThat(http.send("GET", "/_mock/faults", null, null).statusCode()).isEqualTo(200);
            }

            http.send("POST", "/_mock/reset", null, null);
            ses.listConfigurationSets(request -> { });
        }
    }

    @Test
    void theRequestLogKeepsTheNewestRequestsFirstInABoundedRing() {
        try (SesV2Client ses = SesV2Clients.forPort(port, ONE, "eu-west-1")) {
            ses.createConfigurationSet(request -> request.configurationSetName("logged"));
            assertThatThrownBy(() -> ses.getConfigurationSet(request -> request.configurationSetName("missing")))
                    .isInstanceOf(NotFoundException.class);
        }

        JsonNode newest = get("/_mock/requests?limit=1");
        assertThat(newest).hasSize(1);
        JsonNode entry = newest.get(0);
        assertThat(entry.get("operation").asString()).isEqualTo("GetConfigurationSet");
        assertThat(entry.get("face").asString()).isEqualTo("sesv2");
        assertThat(entry.get("account").asString()).isEqualTo(ONE);
        assertThat(entry.get("region").asString()).isEqualTo("eu-west-1");
        assertThat(entry.get("status").asInt()).isEqualTo(404);
        assertThat(entry.get("errorType").asString()).isEqualTo("NotFoundException");
        assertThat(entry.get("requestId").asString()).isNotBlank();
        assertThat(entry.has("time")).isTrue();
        assertThat(entry.has("durationMs")).isTrue();
        assertThat(get("/_mock/requests").get(1).get("operation").asString()).isEqualTo("CreateConfigurationSet");

        try (SesV2Client ses = SesV2Clients.forPort(port, ONE, "eu-west-1")) {
            for (int i = 0; i < 7; i++) {
                ses.listConfigurationSets(request -> { });
            }
        }
        assertThat(get("/_mock/requests?limit=100")).hasSize(5);
        assertThat(http.send("DELETE", "/_mock/requests", null, null).statusCode()).isEqualTo(204);
        assertThat(get("/_mock/requests")).isEmpty();
    }

    @Test
    void theRequestLogShowsRequestsToAFaceThatNoOperationTookButNothingElse() {
        assertThat(http.send("GET", "/v1/email/no-such-thing", null, null).statusCode()).isEqualTo(404);
        assertThat(http.send("GET", "/no-such-thing", null, null).statusCode()).isEqualTo(404);
        assertThat(http.send("GET", "/_mock/no-such-thing", null, null).statusCode()).isEqualTo(404);
        assertThat(http.send("PATCH", "/v2/email/configuration-sets/demo", null, null).statusCode()).isEqualTo(405);
        get("/_mock/state");
        get("/actuator/health");

        JsonNode logged = get("/_mock/requests");
        assertThat(logged).hasSize(2);
        assertThat(logged.get(0).get("status").asInt()).isEqualTo(405);
        assertThat(logged.get(0).get("errorType").asString()).isEqualTo("MethodNotAllowedException");
        assertThat(logged.get(1).get("status").asInt()).isEqualTo(404);
        assertThat(logged.get(1).get("errorType").asString()).isEqualTo("UnknownOperationException");
        assertThat(logged.get(1).has("operation")).isFalse();
        assertThat(logged.get(1).get("face").asString()).isEqualTo("pinpoint-email");
        assertThat(logged.get(0).get("face").asString()).isEqualTo("sesv2");
    }

    @Test
    void aLatencyFaultDelaysTheCallAndARuleCanBeRemovedById() {
        HttpResponse<String> added = http.postJson("/_mock/faults", """
                {"operation": "ListConfigurationSets", "latencyMs": 400, "count": 1}""");
        assertThat(added.statusCode()).isEqualTo(201);
        try (SesV2Client ses = SesV2Clients.forPort(port, ONE, "us-east-1")) {
            long start = System.nanoTime();
            ses.listConfigurationSets(request -> { });
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
        }

        String id = JSON.readTree(http.postJson("/_mock/faults", """
                {"operation": "ListConfigurationSets", "error": "BadRequestException", "probability": 1.0}""")
                .body()).get("id").asString();
        assertThat(get("/_mock/faults").get(0).has("remaining")).isFalse();
        assertThat(http.send("DELETE", "/_mock/faults/" + id, null, null).statusCode()).isEqualTo(204);
        assertThat(http.send("DELETE", "/_mock/faults/" + id, null, null).statusCode()).isEqualTo(404);
        assertThat(get("/_mock/faults")).isEmpty();
    }

    @Test
    void aRegionFaultHitsOnlyThatRegion() {
        http.postJson("/_mock/faults", """
                {"operation": "ListConfigurationSets", "error": "BadRequestException", "region": "ap-south-1"}""");
        try (SesV2Client elsewhere = SesV2Clients.forPort(port, ONE, "us-east-1");
             SesV2Client target = SesV2Clients.forPort(port, ONE, "ap-south-1")) {
            elsewhere.listConfigurationSets(request -> { });
            assertThatThrownBy(() -> target.listConfigurationSets(request -> { }))
                    .isInstanceOf(software.amazon.awssdk.services.sesv2.model.BadRequestException.class);
        }
    }

    @Test
    void infoReportsTheVersionUptimeStorageAndSettingsWithoutSecrets() {
        JsonNode info = get("/_mock/info");

        assertThat(info.get("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(info.get("uptimeSeconds").asLong()).isNotNegative();
        assertThat(info.get("storage").asString()).isEqualTo("in-memory");
        assertThat(info.get("settings").get("requestLog").get("size").asInt()).isEqualTo(5);
        assertThat(info.get("settings").get("auth").get("mode").asString()).isEqualTo("off");
        assertThat(info.toString()).doesNotContainIgnoringCase("secret");
    }

    @Test
    void infoShowsTheSettingsFeaturesBindOnTheirOwnUnderTheirPrefixes() {
        JsonNode settings = get("/_mock/info").get("settings");

        assertThat(settings.get("account").get("maxSendRate").asDouble()).isEqualTo(7);
        assertThat(settings.get("account").get("sandbox").asBoolean()).isFalse();
        assertThat(settings.get("deliverability").get("maxTestReports").asInt()).isEqualTo(9);
        assertThat(settings.get("deliverability").get("maxBlacklistEntries").asInt()).isEqualTo(10_000);
        assertThat(settings.get("limits").get("eventDestinationsPerSet").asInt()).isEqualTo(3);
        assertThat(settings.get("limits").get("configurationSets").asInt()).isEqualTo(10_000);
        assertThat(settings.get("events").get("maxStored").asInt()).isEqualTo(42);
        assertThat(settings.get("events").get("delivery").get("queueSize").asInt()).isEqualTo(10_000);
    }

    @Test
    void infoNeverShowsThePasswordsOrSecretKeysItWasGiven() {
        String info = get("/_mock/info").toString();

        assertThat(info).doesNotContain("hunter2").doesNotContain("swordfish");
    }

    @Test
    void aResetForAMalformedAccountIsBadRequest() {
        HttpResponse<String> refused = http.send("POST", "/_mock/reset?account=abc", null, null);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
    }
}
