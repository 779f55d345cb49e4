package io.github.pinpointemailmock.dedicatedippool;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.TestAccounts;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.ConcurrentModificationException;
import software.amazon.awssdk.services.sesv2.model.DedicatedIp;
import software.amazon.awssdk.services.sesv2.model.GetDedicatedIpsResponse;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.ScalingMode;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;
import software.amazon.awssdk.services.sesv2.model.WarmupStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dedicated IPs through the real SDKs of both faces: four declared addresses, two of them in declared pools. The
 * context is shared, so every test works in an account of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "mock.dedicated-ip-pools=pool-a,pool-b",
        "mock.dedicated-ips=198.51.100.10:pool-a,198.51.100.11,198.51.100.9,198.51.100.12:pool-b"})
class DedicatedIpIT {

    private static final String REGION = "us-east-1";
    private static final String DEFAULT_POOL = "ses-default-dedicated-pool";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Class<software.amazon.awssdk.services.pinpointemail.model.NotFoundException> V1_NOT_FOUND =
            software.amazon.awssdk.services.pinpointemail.model.NotFoundException.class;
    private static final Class<software.amazon.awssdk.services.pinpointemail.model.BadRequestException>
            V1_BAD_REQUEST = software.amazon.awssdk.services.pinpointemail.model.BadRequestException.class;

    @LocalServerPort
    int port;

    String account;
    PinpointEmailClient v1;
    SesV2Client v2;
    MockControlPlane controlPlane;

    @BeforeEach
    void openClientsForAFreshAccount() {
        account = TestAccounts.random();
        v1 = PinpointEmailClients.forPort(port, account, REGION);
        v2 = SesV2Clients.forPort(port, account, REGION);
        controlPlane = new MockControlPlane(port);
    }

    @AfterEach
    void closeClients() {
        controlPlane.send("DELETE", "/_mock/faults", null, null);
        v1.close();
        v2.close();
    }

    private DedicatedIp ip(String address) {
        return v2.getDedicatedIp(r -> r.ip(address)).dedicatedIp();
    }

    @Test
    void theDeclaredIpsAreListedInNumericOrderWithTheirPoolsAndFullyWarmedUpOnBothFaces() {
        GetDedicatedIpsResponse listed = v2.getDedicatedIps(r -> { });
        var listedOnV1 = v1.getDedicatedIps(r -> { });

        assertThat(listed.dedicatedIps())
                .extracting(DedicatedIp::ip, DedicatedIp::poolName, DedicatedIp::warmupStatus,
                        DedicatedIp::warmupPercentage)
                .containsExactly(
                        tuple("198.51.100.9", DEFAULT_POOL, WarmupStatus.DONE, 100),
                        tuple("198.51.100.10", "pool-a", WarmupStatus.DONE, 100),
                        tuple("198.51.100.11", DEFAULT_POOL, WarmupStatus.DONE, 100),
                        tuple("198.51.100.12", "pool-b", WarmupStatus.DONE, 100));
        assertThat(listed.nextToken()).isNull();
        assertThat(listedOnV1.dedicatedIps()).extracting(ip -> ip.ip(), ip -> ip.poolName(),
                        ip -> ip.warmupStatusAsString(), ip -> ip.warmupPercentage())
                .containsExactly(
                        tuple("198.51.100.9", DEFAULT_POOL, "DONE", 100),
                        tuple("198.51.100.10", "pool-a", "DONE", 100),
                        tuple("198.51.100.11", DEFAULT_POOL, "DONE", 100),
                        tuple("198.51.100.12", "pool-b", "DONE", 100));
    }

    @Test
    void oneIpIsReadOnBothFacesAndAnIpThatIsNotLeasedIsNotFound() {
        assertThat(ip("198.51.100.10")).isEqualTo(DedicatedIp.builder().ip("198.51.100.10").poolName("pool-a")
                .warmupStatus(WarmupStatus.DONE).warmupPercentage(100).build());
        assertThat(v1.getDedicatedIp(r -> r.ip("198.51.100.11")).dedicatedIp().poolName()).isEqualTo(DEFAULT_POOL);

        for (String absent : List.of("203.0.113.1", "198.51.100.010", "not-an-ip")) {
            assertThatThrownBy(() -> v2.getDedicatedIp(r -> r.ip(absent)))
                    .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                            "Dedicated IP " + absent + " does not exist."));
            assertThatThrownBy(() -> v1.getDedicatedIp(r -> r.ip(absent)))
                    .isInstanceOfSatisfying(V1_NOT_FOUND, modelledError(404, "NotFoundException"));
        }
    }

    @Test
    void listingByPoolShowsThatPoolsIpsAndTheDefaultPoolHoldsThoseInNone() {
        assertThat(v2.getDedicatedIps(r -> r.poolName("pool-a")).dedicatedIps()).extracting(DedicatedIp::ip)
                .containsExactly("198.51.100.10");
        assertThat(v1.getDedicatedIps(r -> r.poolName(DEFAULT_POOL)).dedicatedIps()).extracting(ip -> ip.ip())
                .containsExactly("198.51.100.9", "198.51.100.11");
        v2.createDedicatedIpPool(r -> r.poolName("empty"));
        assertThat(v2.getDedicatedIps(r -> r.poolName("empty")).dedicatedIps()).isEmpty();

        assertThatThrownBy(() -> v2.getDedicatedIps(r -> r.poolName("no-such-pool")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Dedicated IP pool no-such-pool does not exist."));
        assertThatThrownBy(() -> v1.getDedicatedIps(r -> r.poolName("no-such-pool")))
                .isInstanceOfSatisfying(V1_NOT_FOUND, modelledError(404, "NotFoundException"));
    }

    @Test
    void pagesOfOneOrTwoVisitEveryIpOnceInOrderOnBothFaces() {
        List<String> expected = List.of("198.51.100.9", "198.51.100.10", "198.51.100.11", "198.51.100.12");

        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            GetDedicatedIpsResponse page = v2.getDedicatedIps(r -> r.pageSize(1).nextToken(next));
            assertThat(page.dedicatedIps()).hasSize(1);
            seen.add(page.dedicatedIps().get(0).ip());
            token = page.nextToken();
        } while (token != null);
        assertThat(seen).containsExactlyElementsOf(expected);

        var first = v1.getDedicatedIps(r -> r.pageSize(2));
        var second = v2.getDedicatedIps(r -> r.pageSize(2).nextToken(first.nextToken()));
        assertThat(first.dedicatedIps()).extracting(ip -> ip.ip()).containsExactlyElementsOf(expected.subList(0, 2));
        assertThat(second.dedicatedIps()).extracting(DedicatedIp::ip).containsExactlyElementsOf(expected.subList(2, 4));
        assertThat(second.nextToken()).isNull();

        assertThat(v2.getDedicatedIpsPaginator(r -> r.pageSize(3)).stream()
                .flatMap(page -> page.dedicatedIps().stream()).map(DedicatedIp::ip))
                .containsExactlyElementsOf(expected);
        assertThat(v1.getDedicatedIpsPaginator(r -> r.pageSize(3)).stream()).hasSize(2);
    }

    @Test
    void aPageSizeOutOfRangeOrAForgedTokenIsBadRequest() {
        assertThatThrownBy(() -> v2.getDedicatedIps(r -> r.pageSize(0)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        assertThatThrownBy(() -> v1.getDedicatedIps(r -> r.pageSize(1001)))
                .isInstanceOfSatisfying(V1_BAD_REQUEST, modelledError(400, "BadRequestException"));
        assertThatThrownBy(() -> v2.getDedicatedIps(r -> r.nextToken("forged")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Invalid NextToken."));
        String poolToken = v2.listDedicatedIpPools(r -> r.pageSize(1)).nextToken();
        assertThatThrownBy(() -> v2.getDedicatedIps(r -> r.nextToken(poolToken)))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void anIpMovesBetweenPoolsAndBackToTheDefaultPoolThroughEitherFace() {
        v2.createDedicatedIpPool(r -> r.poolName("marketing"));

        v1.putDedicatedIpInPool(r -> r.ip("198.51.100.11").destinationPoolName("marketing"));
        assertThat(ip("198.51.100.11").poolName()).isEqualTo("marketing");
        assertThat(v1.getDedicatedIps(r -> r.poolName("marketing")).dedicatedIps()).extracting(ip -> ip.ip())
                .containsExactly("198.51.100.11");

        v2.putDedicatedIpInPool(r -> r.ip("198.51.100.10").destinationPoolName("marketing"));
        v2.putDedicatedIpInPool(r -> r.ip("198.51.100.11").destinationPoolName(DEFAULT_POOL));

        assertThat(v2.getDedicatedIps(r -> r.poolName("marketing")).dedicatedIps()).extracting(DedicatedIp::ip)
                .containsExactly("198.51.100.10");
        assertThat(v2.getDedicatedIps(r -> r.poolName("pool-a")).dedicatedIps()).isEmpty();
        assertThat(ip("198.51.100.11").poolName()).isEqualTo(DEFAULT_POOL);
        // Moving leaves the warm-up as it was.
        assertThat(ip("198.51.100.10").warmupPercentage()).isEqualTo(100);
    }

    @Test
    void movingAnUnknownIpOrIntoAnUnknownPoolIsNotFoundAndChangesNothing() {
        assertThatThrownBy(() -> v2.putDedicatedIpInPool(r -> r.ip("203.0.113.7").destinationPoolName("pool-a")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Dedicated IP 203.0.113.7 does not exist."));
        assertThatThrownBy(() -> v1.putDedicatedIpInPool(r -> r.ip("198.51.100.9").destinationPoolName("nowhere")))
                .isInstanceOfSatisfying(V1_NOT_FOUND, modelledError(404, "NotFoundException",
                        "Dedicated IP pool nowhere does not exist."));
        assertThatThrownBy(() -> v2.putDedicatedIpInPool(r -> r.ip("198.51.100.9")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'destinationPoolName' failed to satisfy constraint: "
                                + "Member must not be null"));

        assertThat(ip("198.51.100.9").poolName()).isEqualTo(DEFAULT_POOL);
    }

    @Test
    void deletingAPoolSendsItsIpsBackToTheDefaultPool() {
        v2.deleteDedicatedIpPool(r -> r.poolName("pool-a"));

        assertThat(ip("198.51.100.10").poolName()).isEqualTo(DEFAULT_POOL);
        // A new pool of the same name starts empty.
        v1.createDedicatedIpPool(r -> r.poolName("pool-a"));
        assertThat(v1.getDedicatedIps(r -> r.poolName("pool-a")).dedicatedIps()).isEmpty();
        assertThat(v2.getDedicatedIps(r -> r.poolName("pool-b")).dedicatedIps()).extracting(DedicatedIp::ip)
                .containsExactly("198.51.100.12");
    }

    @Test
    void theWarmUpIsInProgressBelowOneHundredPercentAndDoneAtIt() {
        v1.putDedicatedIpWarmupAttributes(r -> r.ip("198.51.100.9").warmupPercentage(40));

        assertThat(ip("198.51.100.9")).extracting(DedicatedIp::warmupStatus, DedicatedIp::warmupPercentage)
                .containsExactly(WarmupStatus.IN_PROGRESS, 40);
        var onV1 = v1.getDedicatedIp(r -> r.ip("198.51.100.9")).dedicatedIp();
        assertThat(onV1.warmupStatusAsString()).isEqualTo("IN_PROGRESS");
        assertThat(onV1.warmupPercentage()).isEqualTo(40);

        v2.putDedicatedIpWarmupAttributes(r -> r.ip("198.51.100.9").warmupPercentage(100));
        assertThat(ip("198.51.100.9")).extracting(DedicatedIp::warmupStatus, DedicatedIp::warmupPercentage)
                .containsExactly(WarmupStatus.DONE, 100);
        v2.putDedicatedIpWarmupAttributes(r -> r.ip("198.51.100.9").warmupPercentage(0));
        assertThat(ip("198.51.100.9").warmupStatus()).isEqualTo(WarmupStatus.IN_PROGRESS);
    }

    @Test
    void aWarmUpPercentageOutsideZeroToOneHundredOrMissingIsBadRequestAndAnUnknownIpNotFound() {
        assertThatThrownBy(() -> v2.putDedicatedIpWarmupAttributes(r -> r.ip("198.51.100.9").warmupPercentage(101)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'warmupPercentage' failed to satisfy constraint: "
                                + "Member must have value less than or equal to 100"));
        assertThatThrownBy(() -> v1.putDedicatedIpWarmupAttributes(r -> r.ip("198.51.100.9").warmupPercentage(-1)))
                .isInstanceOfSatisfying(V1_BAD_REQUEST, modelledError(400, "BadRequestException"));
        assertThatThrownBy(() -> v2.putDedicatedIpWarmupAttributes(r -> r.ip("198.51.100.9")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        assertThatThrownBy(() -> v1.putDedicatedIpWarmupAttributes(r -> r.ip("203.0.113.9").warmupPercentage(5)))
                .isInstanceOfSatisfying(V1_NOT_FOUND, modelledError(404, "NotFoundException"));

        assertThat(ip("198.51.100.9").warmupPercentage()).isEqualTo(100);
    }

    @Test
    void theAccountsAutomaticWarmUpIsSetOnEitherFaceAndShownByGetAccountOnBoth() {
        assertThat(v2.getAccount(r -> { }).dedicatedIpAutoWarmupEnabled()).isFalse();

        v1.putAccountDedicatedIpWarmupAttributes(r -> r.autoWarmupEnabled(true));
        assertThat(v2.getAccount(r -> { }).dedicatedIpAutoWarmupEnabled()).isTrue();
        assertThat(v1.getAccount(r -> { }).dedicatedIpAutoWarmupEnabled()).isTrue();
        try (SesV2Client otherRegion = SesV2Clients.forPort(port, account, "eu-west-1")) {
            assertThat(otherRegion.getAccount(r -> { }).dedicatedIpAutoWarmupEnabled()).isFalse();
        }

        // An absent AutoWarmupEnabled is false.
        v2.putAccountDedicatedIpWarmupAttributes(r -> { });
        assertThat(v1.getAccount(r -> { }).dedicatedIpAutoWarmupEnabled()).isFalse();
    }

    @Test
    void aStandardPoolMayBecomeManagedButNotBackAndItsIpsAreThenSesvsToManage() {
        v2.putDedicatedIpPoolScalingAttributes(r -> r.poolName("pool-a").scalingMode(ScalingMode.STANDARD));
        v2.putDedicatedIpPoolScalingAttributes(r -> r.poolName("pool-a").scalingMode(ScalingMode.MANAGED));

        assertThat(v2.getDedicatedIpPool(r -> r.poolName("pool-a")).dedicatedIpPool().scalingMode())
                .isEqualTo(ScalingMode.MANAGED);
        assertThat(ip("198.51.100.10")).extracting(DedicatedIp::warmupStatus, DedicatedIp::warmupPercentage,
                DedicatedIp::poolName).containsExactly(WarmupStatus.NOT_APPLICABLE, -1, "pool-a");
        // Pinpoint Email has no managed pools and no NOT_APPLICABLE: it shows the IP's own warm-up.
        assertThat(v1.getDedicatedIp(r -> r.ip("198.51.100.10")).dedicatedIp().warmupStatusAsString())
                .isEqualTo("DONE");

        assertThatThrownBy(() -> v2.putDedicatedIpPoolScalingAttributes(r -> r.poolName("pool-a")
                .scalingMode(ScalingMode.STANDARD)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Dedicated IP pool pool-a is a managed pool; changing the scaling mode from MANAGED to "
                                + "STANDARD is not supported."));
        assertThatThrownBy(() -> v1.putDedicatedIpInPool(r -> r.ip("198.51.100.10").destinationPoolName("pool-b")))
                .isInstanceOfSatisfying(V1_BAD_REQUEST, modelledError(400, "BadRequestException",
                        "Dedicated IP 198.51.100.10 is in managed pool pool-a, whose IPs SES places and warms up."));
        assertThatThrownBy(() -> v2.putDedicatedIpWarmupAttributes(r -> r.ip("198.51.100.10").warmupPercentage(5)))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> v2.putDedicatedIpInPool(r -> r.ip("198.51.100.9").destinationPoolName("pool-a")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Dedicated IP pool pool-a is a managed pool: SES chooses its IPs, so none can be moved into "
                                + "it."));

        assertThat(v2.getDedicatedIpPool(r -> r.poolName("pool-a")).dedicatedIpPool().scalingMode())
                .isEqualTo(ScalingMode.MANAGED);
        assertThat(ip("198.51.100.9").poolName()).isEqualTo(DEFAULT_POOL);
    }

    @Test
    void scalingAnUnknownPoolIsNotFoundAndAMissingOrUnknownModeBadRequest() {
        assertThatThrownBy(() -> v2.putDedicatedIpPoolScalingAttributes(r -> r.poolName("nowhere")
                .scalingMode(ScalingMode.MANAGED)))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Dedicated IP pool nowhere does not exist."));
        assertThatThrownBy(() -> v2.putDedicatedIpPoolScalingAttributes(r -> r.poolName("pool-b")
                .scalingMode("AUTOMATIC")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'scalingMode' failed to satisfy constraint: "
                                + "Member must satisfy enum value set: [MANAGED, STANDARD]"));
        assertThatThrownBy(() -> v2.putDedicatedIpPoolScalingAttributes(r -> r.poolName("pool-b")))
                .isInstanceOf(BadRequestException.class);

        assertThat(v2.getDedicatedIpPool(r -> r.poolName("pool-b")).dedicatedIpPool().scalingMode())
                .isEqualTo(ScalingMode.STANDARD);
    }

    @Test
    void putDedicatedIpPoolScalingAttributesIsNotAPinpointEmailOperation() {
        HttpResponse<String> response = controlPlane.send("PUT", "/v1/email/dedicated-ip-pools/pool-a/scaling",
                "application/json", "{\"ScalingMode\":\"MANAGED\"}", account);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
    }

    @Test
    void theModelledErrorsNoStateCanCauseAreAnsweredByFaultInjectionWithoutChangingAnything() {
        controlPlane.postJson("/_mock/faults", "{\"operation\": \"PutDedicatedIpPoolScalingAttributes\", "
                + "\"error\": \"ConcurrentModificationException\", \"account\": \"" + account + "\"}");
        controlPlane.postJson("/_mock/faults", "{\"operation\": \"PutDedicatedIpInPool\", "
                + "\"error\": \"TooManyRequestsException\", \"account\": \"" + account + "\"}");

        assertThatThrownBy(() -> v2.putDedicatedIpPoolScalingAttributes(r -> r.poolName("pool-a")
                .scalingMode(ScalingMode.MANAGED)))
                .isInstanceOfSatisfying(ConcurrentModificationException.class,
                        modelledError(500, "ConcurrentModificationException"));
        assertThatThrownBy(() -> v2.putDedicatedIpInPool(r -> r.ip("198.51.100.9").destinationPoolName("pool-a")))
                .isInstanceOfSatisfying(TooManyRequestsException.class, modelledError(429, "TooManyRequestsException"));

        assertThat(v2.getDedicatedIpPool(r -> r.poolName("pool-a")).dedicatedIpPool().scalingMode())
                .isEqualTo(ScalingMode.STANDARD);
        assertThat(ip("198.51.100.9").poolName()).isEqualTo(DEFAULT_POOL);
    }

    @Test
    void everyAccountAndRegionLeasesTheDeclaredIpsOnItsOwnAndAResetGivesThemBackAsDeclared() throws Exception {
        v2.putDedicatedIpInPool(r -> r.ip("198.51.100.9").destinationPoolName("pool-b"));
        v2.putDedicatedIpWarmupAttributes(r -> r.ip("198.51.100.11").warmupPercentage(7));

        try (SesV2Client otherRegion = SesV2Clients.forPort(port, account, "eu-west-1")) {
            assertThat(otherRegion.getDedicatedIp(r -> r.ip("198.51.100.9")).dedicatedIp().poolName())
                    .isEqualTo(DEFAULT_POOL);
        }
        JsonNode ips = scope(JSON.readTree(controlPlane.send("GET", "/_mock/state", null, null).body()))
                .get("DedicatedIps");
        assertThat(ips.get(0).get("Ip").asString()).isEqualTo("198.51.100.9");
        assertThat(ips.get(0).get("PoolName").asString()).isEqualTo("pool-b");
        assertThat(ips.get(2).get("WarmupStatus").asString()).isEqualTo("IN_PROGRESS");
        assertThat(ips.get(2).get("WarmupPercentage").asInt()).isEqualTo(7);

        controlPlane.send("POST", "/_mock/reset?account=" + account, null, null);

        assertThat(ip("198.51.100.9").poolName()).isEqualTo(DEFAULT_POOL);
        assertThat(JSON.readTree(controlPlane.send("GET", "/_mock/info", null, null).body()).get("settings")
                .get("dedicatedIps").toString())
                .isEqualTo("[\"198.51.100.10:pool-a\",\"198.51.100.11\",\"198.51.100.9\",\"198.51.100.12:pool-b\"]");
        assertThat(ip("198.51.100.11").warmupPercentage()).isEqualTo(100);
    }

    private JsonNode scope(JsonNode state) {
        for (JsonNode scope : state) {
            if (scope.get("account").asString().equals(account) && scope.get("region").asString().equals(REGION)) {
                return scope;
            }
        }
        throw new AssertionError("no scope for " + account);
    }
}
