package io.github.pinpointemailmock.dedicatedippool;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.TestAccounts;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.pinpointemail.model.ListDedicatedIpPoolsResponse;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.DedicatedIpPool;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.ScalingMode;

/**
 * The pool operations through the real SDKs of both faces. The context is shared, so every test works in an
 * account of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "mock.dedicated-ip-pools=declared-pool-1,declared-pool-2")
class DedicatedIpPoolIT {

    private static final List<String> DECLARED = List.of("declared-pool-1", "declared-pool-2");
    private static final String REGION = "us-east-1";

    /** Pinpoint Email's typed exceptions, whose simple names are those of the SES v2 ones imported above. */
    private static final Class<software.amazon.awssdk.services.pinpointemail.model.NotFoundException> V1_NOT_FOUND =
            software.amazon.awssdk.services.pinpointemail.model.NotFoundException.class;
    private static final Class<software.amazon.awssdk.services.pinpointemail.model.AlreadyExistsException>
            V1_ALREADY_EXISTS = software.amazon.awssdk.services.pinpointemail.model.AlreadyExistsException.class;
    private static final Class<software.amazon.awssdk.services.pinpointemail.model.BadRequestException>
            V1_BAD_REQUEST = software.amazon.awssdk.services.pinpointemail.model.BadRequestException.class;

    @LocalServerPort
    int port;

    String account;
    PinpointEmailClient v1;
    SesV2Client v2;

    @BeforeEach
    void openClientsForAFreshAccount() {
        account = freshAccount();
        v1 = PinpointEmailClients.forPort(port, account, REGION);
        v2 = SesV2Clients.forPort(port, account, REGION);
    }

    @AfterEach
    void closeClients() {
        v1.close();
        v2.close();
    }

    static String freshAccount() {
        return TestAccounts.random();
    }

    static String uniqueName() {
        return "pool-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static List<String> sortedWithDeclared(List<String> names) {
        return Stream.concat(names.stream(), DECLARED.stream()).sorted().toList();
    }

    @Test
    void aPoolCreatedOnSesV2IsListedReadAndDeletedThere() {
        String name = uniqueName();

        v2.createDedicatedIpPool(request -> request.poolName(name).scalingMode(ScalingMode.MANAGED)
                .tags(tag -> tag.key("team").value("mail")));

        assertThat(v2.listDedicatedIpPools(request -> { }).dedicatedIpPools()).contains(name);
        DedicatedIpPool pool = v2.getDedicatedIpPool(request -> request.poolName(name)).dedicatedIpPool();
        assertThat(pool.poolName()).isEqualTo(name);
        assertThat(pool.scalingMode()).isEqualTo(ScalingMode.MANAGED);

        v2.deleteDedicatedIpPool(request -> request.poolName(name));

        assertThat(v2.listDedicatedIpPools(request -> { }).dedicatedIpPools()).doesNotContain(name);
        assertThatThrownBy(() -> v2.getDedicatedIpPool(request -> request.poolName(name)))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Dedicated IP pool " + name + " does not exist."));
    }

    @Test
    void aPoolCreatedOnSesV2WithoutAScalingModeIsStandard() {
        String name = uniqueName();

        v2.createDedicatedIpPool(request -> request.poolName(name));

        assertThat(v2.getDedicatedIpPool(request -> request.poolName(name)).dedicatedIpPool().scalingMode())
                .isEqualTo(ScalingMode.STANDARD);
    }

    @Test
    void aPoolCreatedOnPinpointEmailIsListedAndDeletedThere() {
        String name = uniqueName();

        v1.createDedicatedIpPool(request -> request.poolName(name).tags(tag -> tag.key("env").value("test")));

        assertThat(v1.listDedicatedIpPools(request -> { }).dedicatedIpPools()).contains(name);

        v1.deleteDedicatedIpPool(request -> request.poolName(name));

        assertThat(v1.listDedicatedIpPools(request -> { }).dedicatedIpPools()).doesNotContain(name);
    }

    @Test
    void aPoolCreatedOnPinpointEmailIsAStandardPoolThatSesV2SeesAndDeletes() {
        String name = uniqueName();
        v1.createDedicatedIpPool(request -> request.poolName(name));

        assertThat(v2.listDedicatedIpPools(request -> { }).dedicatedIpPools()).contains(name);
        assertThat(v2.getDedicatedIpPool(request -> request.poolName(name)).dedicatedIpPool().scalingMode())
                .isEqualTo(ScalingMode.STANDARD);

        v2.deleteDedicatedIpPool(request -> request.poolName(name));

        assertThat(v1.listDedicatedIpPools(request -> { }).dedicatedIpPools()).doesNotContain(name);
        assertThatThrownBy(() -> v1.deleteDedicatedIpPool(request -> request.poolName(name)))
                .isInstanceOfSatisfying(V1_NOT_FOUND,
                        modelledError(404, "NotFoundException"));
    }

    @Test
    void poolsDeclaredByConfigurationAreStandardPoolsOfAFreshAccountThatCanBeDeletedThere() {
        assertThat(v2.listDedicatedIpPools(request -> { }).dedicatedIpPools()).containsExactlyElementsOf(DECLARED);
        assertThat(v1.listDedicatedIpPools(request -> { }).dedicatedIpPools()).containsExactlyElementsOf(DECLARED);
        assertThat(v2.getDedicatedIpPool(request -> request.poolName("declared-pool-1")).dedicatedIpPool())
                .isEqualTo(DedicatedIpPool.builder().poolName("declared-pool-1").scalingMode(ScalingMode.STANDARD)
                        .build());

        v2.deleteDedicatedIpPool(request -> request.poolName("declared-pool-1"));

        assertThat(v2.listDedicatedIpPools(request -> { }).dedicatedIpPools()).containsExactly("declared-pool-2");
        try (SesV2Client otherAccount = SesV2Clients.forPort(port, freshAccount(), REGION)) {
            assertThat(otherAccount.listDedicatedIpPools(request -> { }).dedicatedIpPools())
                    .containsExactlyElementsOf(DECLARED);
        }
    }

    @Test
    void poolsAreSeparatePerAccountAndRegion() {
        String name = uniqueName();
        v2.createDedicatedIpPool(request -> request.poolName(name));

        try (SesV2Client otherRegion = SesV2Clients.forPort(port, account, "eu-west-1");
             SesV2Client otherAccount = SesV2Clients.forPort(port, freshAccount(), REGION)) {
            for (SesV2Client other : List.of(otherRegion, otherAccount)) {
                assertThat(other.listDedicatedIpPools(request -> { }).dedicatedIpPools()).doesNotContain(name);
                other.createDedicatedIpPool(request -> request.poolName(name));
            }
        }
    }

    @Test
    void creatingANameTwiceIsAlreadyExistsOnBothFaces() {
        String name = uniqueName();
        v2.createDedicatedIpPool(request -> request.poolName(name));

        assertThatThrownBy(() -> v2.createDedicatedIpPool(request -> request.poolName(name)))
                .isInstanceOfSatisfying(AlreadyExistsException.class, modelledError(400, "AlreadyExistsException",
                        "Dedicated IP pool " + name + " already exists."));
        assertThatThrownBy(() -> v1.createDedicatedIpPool(request -> request.poolName(name)))
                .isInstanceOfSatisfying(V1_ALREADY_EXISTS,
                        modelledError(400, "AlreadyExistsException"));
        assertThatThrownBy(() -> v1.createDedicatedIpPool(request -> request.poolName("declared-pool-2")))
                .isInstanceOf(V1_ALREADY_EXISTS);
    }

    @Test
    void gettingOrDeletingAPoolThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> v2.getDedicatedIpPool(request -> request.poolName("no-such-pool")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Dedicated IP pool no-such-pool does not exist."));
        assertThatThrownBy(() -> v2.deleteDedicatedIpPool(request -> request.poolName("no-such-pool")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> v1.deleteDedicatedIpPool(request -> request.poolName("no-such-pool")))
                .isInstanceOfSatisfying(V1_NOT_FOUND,
                        modelledError(404, "NotFoundException", "Dedicated IP pool no-such-pool does not exist."));
    }

    @Test
    void namesOutsideLettersDigitsUnderscoresAndHyphensUpTo64AreBadRequestAndNothingIsStored() {
        for (String invalid : List.of("has space", "dotted.name", "p".repeat(65), "")) {
            assertThatThrownBy(() -> v2.createDedicatedIpPool(request -> request.poolName(invalid)))
                    .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"))
                    .hasMessageContaining("Value at 'poolName' failed to satisfy constraint");
            assertThatThrownBy(() -> v1.createDedicatedIpPool(request -> request.poolName(invalid)))
                    .isInstanceOfSatisfying(V1_BAD_REQUEST,
                            modelledError(400, "BadRequestException"));
        }

        assertThat(v2.listDedicatedIpPools(request -> { }).dedicatedIpPools()).containsExactlyElementsOf(DECLARED);
    }

    @Test
    void aRequestWithoutAPoolNameIsBadRequestBecauseTheJavaSdkDoesNotCheckRequiredMembers() {
        assertThatThrownBy(() -> v2.createDedicatedIpPool(request -> request.scalingMode(ScalingMode.STANDARD)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'poolName' failed to satisfy constraint: "
                                + "Member must not be null"));
    }

    @Test
    void aScalingModeOutsideTheEnumIsBadRequestOnSesV2() {
        String name = uniqueName();

        assertThatThrownBy(() -> v2.createDedicatedIpPool(request -> request.poolName(name).scalingMode("AUTOMATIC")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'scalingMode' failed to satisfy constraint: "
                                + "Member must satisfy enum value set: [MANAGED, STANDARD]"));
        assertThatThrownBy(() -> v2.getDedicatedIpPool(request -> request.poolName(name)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void pinpointEmailIgnoresAScalingModeItsModelDoesNotHave() {
        String name = uniqueName();
        MockControlPlane raw = new MockControlPlane(port);

        HttpResponse<String> response = raw.postJson("/v1/email/dedicated-ip-pools",
                "{\"PoolName\":\"" + name + "\",\"ScalingMode\":\"AUTOMATIC\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{}");
        // An unsigned request is the default account's, in the default region.
        try (SesV2Client defaultAccount = SesV2Clients.forPort(port, "000000000000", REGION)) {
            assertThat(defaultAccount.getDedicatedIpPool(request -> request.poolName(name)).dedicatedIpPool()
                    .scalingMode()).isEqualTo(ScalingMode.STANDARD);
            defaultAccount.deleteDedicatedIpPool(request -> request.poolName(name));
        }
    }

    @Test
    void getDedicatedIpPoolIsNotAPinpointEmailOperation() {
        HttpResponse<String> response = new MockControlPlane(port)
                .send("GET", "/v1/email/dedicated-ip-pools/declared-pool-1", null, null);

        // The path exists for DeleteDedicatedIpPool, so the method is what is wrong.
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("MethodNotAllowedException");
        assertThat(response.headers().firstValue("Allow")).hasValue("DELETE");
    }

    @Test
    void listingWithPageSizeTwoVisitsEveryPoolOnceInNameOrderOnBothFaces() {
        List<String> created = IntStream.rangeClosed(1, 7).mapToObj(i -> "paged-" + i).toList();
        created.forEach(name -> v2.createDedicatedIpPool(request -> request.poolName(name)));
        List<String> expected = sortedWithDeclared(created);

        List<String> seenOnV2 = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            var page = v2.listDedicatedIpPools(request -> request.pageSize(2).nextToken(next));
            assertThat(page.dedicatedIpPools()).hasSizeBetween(1, 2);
            seenOnV2.addAll(page.dedicatedIpPools());
            token = page.nextToken();
        } while (token != null);

        List<String> seenOnV1 = new ArrayList<>();
        token = null;
        do {
            String next = token;
            ListDedicatedIpPoolsResponse page = v1.listDedicatedIpPools(request -> request.pageSize(2).nextToken(next));
            seenOnV1.addAll(page.dedicatedIpPools());
            token = page.nextToken();
        } while (token != null);

        assertThat(seenOnV2).containsExactlyElementsOf(expected);
        assertThat(seenOnV1).containsExactlyElementsOf(expected);
    }

    @Test
    void theSdkPaginatorsWalkEveryPageWithoutLossOrRepeat() {
        List<String> created = IntStream.rangeClosed(1, 5).mapToObj(i -> "walked-" + i).toList();
        created.forEach(name -> v1.createDedicatedIpPool(request -> request.poolName(name)));
        List<String> expected = sortedWithDeclared(created);

        var v2Pages = v2.listDedicatedIpPoolsPaginator(request -> request.pageSize(2));
        var v1Pages = v1.listDedicatedIpPoolsPaginator(request -> request.pageSize(2));

        // The pool names are a list of strings, for which the SDKs generate no flattening method.
        assertThat(v2Pages.stream().flatMap(page -> page.dedicatedIpPools().stream()))
                .containsExactlyElementsOf(expected);
        assertThat(v2Pages.stream().count()).isEqualTo(4);
        assertThat(v1Pages.stream().flatMap(page -> page.dedicatedIpPools().stream()))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aPageResumesAfterItsTokenEvenWhenPoolsChangeBetweenCalls() {
        List.of("a-1", "a-2", "a-3").forEach(name -> v2.createDedicatedIpPool(request -> request.poolName(name)));
        var first = v2.listDedicatedIpPools(request -> request.pageSize(2));
        assertThat(first.dedicatedIpPools()).containsExactly("a-1", "a-2");

        v2.deleteDedicatedIpPool(request -> request.poolName("a-2"));
        v2.createDedicatedIpPool(request -> request.poolName("a-0"));
        var second = v2.listDedicatedIpPools(request -> request.pageSize(2).nextToken(first.nextToken()));

        assertThat(second.dedicatedIpPools()).containsExactly("a-3", "declared-pool-1");
    }

    @Test
    void aPageSizeOutOfRangeOrAForgedTokenIsBadRequest() {
        assertThatThrownBy(() -> v2.listDedicatedIpPools(request -> request.pageSize(0)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        assertThatThrownBy(() -> v1.listDedicatedIpPools(request -> request.pageSize(1001)))
                .isInstanceOfSatisfying(V1_BAD_REQUEST,
                        modelledError(400, "BadRequestException"));
        assertThatThrownBy(() -> v2.listDedicatedIpPools(request -> request.nextToken("forged")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Invalid NextToken."));
    }

    @Test
    void aTokenOfTheConfigurationSetListIsRefusedByThePoolList() {
        List.of("set-1", "set-2")
                .forEach(name -> v1.createConfigurationSet(request -> request.configurationSetName(name)));
        // Through Pinpoint Email: the SES v2 SDK sends ListConfigurationSets as POST /v2/email/list-configuration-sets.
        String setToken = v1.listConfigurationSets(request -> request.pageSize(1)).nextToken();

        assertThatThrownBy(() -> v2.listDedicatedIpPools(request -> request.nextToken(setToken)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Invalid NextToken."));
    }

    @Test
    void aConfigurationSetMaySendThroughACreatedPoolWhichCanStillBeDeletedAfterwards() {
        String pool = uniqueName();
        String set = "set-" + pool;
        v2.createDedicatedIpPool(request -> request.poolName(pool));

        v2.createConfigurationSet(request -> request.configurationSetName(set)
                .deliveryOptions(delivery -> delivery.sendingPoolName(pool)));

        // Deleting a pool that a set sends through is allowed; the set keeps the name.
        v2.deleteDedicatedIpPool(request -> request.poolName(pool));
        assertThat(v2.getConfigurationSet(request -> request.configurationSetName(set)).deliveryOptions()
                .sendingPoolName()).isEqualTo(pool);

        assertThatThrownBy(() -> v1.createConfigurationSet(request -> request.configurationSetName(set + "-v1")
                .deliveryOptions(delivery -> delivery.sendingPoolName(pool))))
                .isInstanceOfSatisfying(V1_NOT_FOUND,
                        modelledError(404, "NotFoundException"));
    }

    @Test
    void aConfigurationSetMaySendThroughADeclaredPoolInAFreshAccount() {
        v1.createConfigurationSet(request -> request.configurationSetName("declared-user")
                .deliveryOptions(delivery -> delivery.sendingPoolName("declared-pool-2")));

        assertThat(v2.getConfigurationSet(request -> request.configurationSetName("declared-user"))
                .deliveryOptions().sendingPoolName()).isEqualTo("declared-pool-2");
    }
}
