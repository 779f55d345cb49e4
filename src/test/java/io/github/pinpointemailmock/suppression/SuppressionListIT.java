package io.github.pinpointemailmock.suppression;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.MutableClock;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.SteppingClockConfiguration;
import io.github.pinpointemailmock.support.TestAccounts;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.InvalidNextTokenException;
import software.amazon.awssdk.services.sesv2.model.ListSuppressedDestinationsResponse;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.SuppressedDestination;
import software.amazon.awssdk.services.sesv2.model.SuppressedDestinationSummary;
import software.amazon.awssdk.services.sesv2.model.SuppressionListReason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The suppression list through the real SES v2 SDK, with the application's clock under the test's control. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = {
        io.github.pinpointemailmock.PinpointEmailMockApplication.class, SteppingClockConfiguration.class})
class SuppressionListIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant START = SteppingClockConfiguration.START;
    // The clock is shared by the tests and only moves on: a test reads the time it starts at.

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    String account;
    SesV2Client v2;

    @BeforeEach
    void openAClientForAFreshAccount() {
        account = TestAccounts.random();
        v2 = SesV2Clients.forPort(port, account, "us-east-1");
    }

    @AfterEach
    void closeTheClient() {
        v2.close();
    }

    private void put(String address, SuppressionListReason reason) {
        v2.putSuppressedDestination(request -> request.emailAddress(address).reason(reason));
    }

    @Test
    void anAddressPutOnTheListIsReadWithItsReasonAndTimeAndDeleted() {
        Instant now = clock.instant();
        put("bounced@example.com", SuppressionListReason.BOUNCE);

        SuppressedDestination got = v2.getSuppressedDestination(request -> request.emailAddress("bounced@example.com"))
                .suppressedDestination();
        assertThat(got.emailAddress()).isEqualTo("bounced@example.com");
        assertThat(got.reason()).isEqualTo(SuppressionListReason.BOUNCE);
        assertThat(got.lastUpdateTime()).isEqualTo(now);

        v2.deleteSuppressedDestination(request -> request.emailAddress("bounced@example.com"));

        assertThatThrownBy(() -> v2.getSuppressedDestination(request -> request.emailAddress("bounced@example.com")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Suppressed destination bounced@example.com does not exist."));
    }

    @Test
    void aSecondPutOfAnAddressReplacesItsReasonAndTime() {
        put("user+tag@example.com", SuppressionListReason.BOUNCE);
        clock.advance(Duration.ofMinutes(5));

        put("User+Tag@Example.com", SuppressionListReason.COMPLAINT);

        SuppressedDestination got = v2.getSuppressedDestination(request -> request.emailAddress("user+tag@example.com"))
                .suppressedDestination();
        assertThat(got.reason()).isEqualTo(SuppressionListReason.COMPLAINT);
        assertThat(got.lastUpdateTime()).isEqualTo(clock.instant());
        assertThat(got.emailAddress()).isEqualTo("User+Tag@Example.com");
        assertThat(v2.listSuppressedDestinations(request -> { }).suppressedDestinationSummaries()).hasSize(1);
    }

    @Test
    void deletingAnAddressThatIsNotOnTheListIsNotFound() {
        assertThatThrownBy(() -> v2.deleteSuppressedDestination(request -> request.emailAddress("x@example.com")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Suppressed destination x@example.com does not exist."));
    }

    @Test
    void onlyWellFormedAddressesAndModelledReasonsAreAccepted() {
        String malformed = "1 validation error detected: Value at 'emailAddress' failed to satisfy constraint: "
                + "Member must be an email address of the form local-part@domain, with a domain of dot-separated "
                + "labels of letters, digits and hyphens";
        for (String address : List.of("no-at-sign", "@example.com", "user@", "user@localhost", "a b@example.com")) {
            assertThatThrownBy(() -> put(address, SuppressionListReason.BOUNCE))
                    .as(address)
                    .isInstanceOfSatisfying(BadRequestException.class,
                            modelledError(400, "BadRequestException", malformed));
        }
        assertThatThrownBy(() -> v2.getSuppressedDestination(request -> request.emailAddress("not-an-address")))
                .isInstanceOfSatisfying(BadRequestException.class,
                        modelledError(400, "BadRequestException", malformed));
        assertThatThrownBy(() -> v2.putSuppressedDestination(request -> request.emailAddress("a@example.com")
                .reason("SPAM")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'reason' failed to satisfy constraint: "
                                + "Member must satisfy enum value set: [BOUNCE, COMPLAINT]"));
        assertThatThrownBy(() -> v2.putSuppressedDestination(request -> request.emailAddress("a@example.com")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'reason' failed to satisfy constraint: "
                                + "Member must not be null"));

        assertThat(v2.listSuppressedDestinations(request -> { }).suppressedDestinationSummaries()).isEmpty();
    }

    @Test
    void aTenantIsNeverFoundAsTenantsAreNotEmulated() {
        assertThatThrownBy(() -> v2.putSuppressedDestination(request -> request.emailAddress("a@example.com")
                .reason(SuppressionListReason.BOUNCE).tenantName("acme")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Tenant acme does not exist."));
        assertThatThrownBy(() -> v2.listSuppressedDestinations(request -> request.tenantName("acme")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theListIsFilteredByReasonAndByTheTimeOfTheLastUpdate() {
        Instant t0 = clock.instant();
        put("a@example.com", SuppressionListReason.BOUNCE);
        clock.advance(Duration.ofHours(1));
        put("b@example.com", SuppressionListReason.COMPLAINT);
        clock.advance(Duration.ofHours(1));
        put("c@example.com", SuppressionListReason.BOUNCE);

        assertThat(addresses(v2.listSuppressedDestinations(request -> request.reasons(SuppressionListReason.BOUNCE))))
                .containsExactly("a@example.com", "c@example.com");
        assertThat(addresses(v2.listSuppressedDestinations(request -> request.reasons(SuppressionListReason.BOUNCE,
                SuppressionListReason.COMPLAINT)))).containsExactly("a@example.com", "b@example.com", "c@example.com");
        assertThat(addresses(v2.listSuppressedDestinations(request -> request
                .startDate(t0.plus(Duration.ofMinutes(30))))))
                .containsExactly("b@example.com", "c@example.com");
        assertThat(addresses(v2.listSuppressedDestinations(request -> request
                .startDate(t0.plus(Duration.ofHours(1))).endDate(t0.plus(Duration.ofHours(1))))))
                .containsExactly("b@example.com");
        assertThat(addresses(v2.listSuppressedDestinations(request -> request.endDate(t0.plusMillis(500))
                .reasons(SuppressionListReason.BOUNCE)))).containsExactly("a@example.com");
    }

    @Test
    void theListIsPagedInAddressOrderWithSignedTokens() {
        IntStream.range(0, 7).forEach(i -> put("user" + i + "@example.com", SuppressionListReason.BOUNCE));

        ListSuppressedDestinationsResponse first = v2.listSuppressedDestinations(request -> request.pageSize(3));
        assertThat(addresses(first)).containsExactly("user0@example.com", "user1@example.com", "user2@example.com");
        assertThat(first.nextToken()).isNotBlank();

        List<String> all = v2.listSuppressedDestinationsPaginator(request -> request.pageSize(3))
                .stream().flatMap(page -> addresses(page).stream()).toList();
        assertThat(all).hasSize(7).isSorted();
    }

    @Test
    void aTokenThatWasNotIssuedForThisListIsAnInvalidNextToken() {
        put("a@example.com", SuppressionListReason.BOUNCE);
        put("b@example.com", SuppressionListReason.BOUNCE);
        String token = v2.listSuppressedDestinations(request -> request.pageSize(1)).nextToken();

        assertThatThrownBy(() -> v2.listSuppressedDestinations(request -> request.nextToken("forged")))
                .isInstanceOfSatisfying(InvalidNextTokenException.class,
                        modelledError(400, "InvalidNextTokenException", "Invalid NextToken."));
        try (SesV2Client other = SesV2Clients.forPort(port, "999988887777", "us-east-1")) {
            assertThatThrownBy(() -> other.listSuppressedDestinations(request -> request.nextToken(token)))
                    .isInstanceOf(InvalidNextTokenException.class);
        }
        assertThat(addresses(v2.listSuppressedDestinations(request -> request.nextToken(token))))
                .containsExactly("b@example.com");
    }

    @Test
    void aPageSizeOutOfRangeIsABadRequest() {
        assertThatThrownBy(() -> v2.listSuppressedDestinations(request -> request.pageSize(0)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
    }

    @Test
    void timestampsInTheQueryAreReadAsIso8601OrEpochSecondsAndAnythingElseIsABadRequest() {
        Instant now = clock.instant();
        put("a@example.com", SuppressionListReason.BOUNCE);
        MockControlPlane http = new MockControlPlane(port);
        String path = "/v2/email/suppression/addresses?StartDate=";

        HttpResponse<String> epoch = http.send("GET", path + now.getEpochSecond(), null, null, account);
        HttpResponse<String> iso = http.send("GET", path + now, null, null, account);
        HttpResponse<String> later = http.send("GET", path + (now.getEpochSecond() + 1), null, null, account);
        HttpResponse<String> bad = http.send("GET", path + "yesterday", null, null, account);

        assertThat(epoch.body()).contains("a@example.com").contains("\"LastUpdateTime\":" + now.getEpochSecond() + "}");
        assertThat(iso.body()).contains("a@example.com");
        assertThat(later.body()).doesNotContain("a@example.com");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
    }

    @Test
    void eachAccountHasItsOwnListAndTheStateShowsItUntilAReset() {
        put("a@example.com", SuppressionListReason.COMPLAINT);
        try (SesV2Client other = SesV2Clients.forPort(port, "999988887776", "us-east-1");
             SesV2Client otherRegion = SesV2Clients.forPort(port, account, "eu-west-1")) {
            assertThat(other.listSuppressedDestinations(request -> { }).suppressedDestinationSummaries()).isEmpty();
            assertThat(otherRegion.listSuppressedDestinations(request -> { }).suppressedDestinationSummaries())
                    .isEmpty();
        }
        MockControlPlane http = new MockControlPlane(port);

        JsonNode entry = scope(JSON.readTree(http.send("GET", "/_mock/state", null, null).body()))
                .get("SuppressedDestinations").get(0);
        assertThat(entry.get("EmailAddress").asString()).isEqualTo("a@example.com");
        assertThat(entry.get("Reason").asString()).isEqualTo("COMPLAINT");
        assertThat(entry.get("LastUpdateTime").asLong()).isEqualTo(clock.instant().getEpochSecond());

        http.send("POST", "/_mock/reset?account=" + account, null, null);

        assertThat(v2.listSuppressedDestinations(request -> { }).suppressedDestinationSummaries()).isEmpty();
    }

    private JsonNode scope(JsonNode state) {
        for (JsonNode scope : state) {
            if (scope.get("account").asString().equals(account) && scope.get("region").asString().equals("us-east-1")) {
                return scope;
            }
        }
        throw new AssertionError("no scope for " + account);
    }

    private static List<String> addresses(ListSuppressedDestinationsResponse response) {
        return response.suppressedDestinationSummaries().stream().map(SuppressedDestinationSummary::emailAddress)
                .toList();
    }
}
