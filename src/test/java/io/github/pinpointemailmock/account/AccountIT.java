package io.github.pinpointemailmock.account;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.TestAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.ContactLanguage;
import software.amazon.awssdk.services.sesv2.model.GetAccountResponse;
import software.amazon.awssdk.services.sesv2.model.MailType;
import software.amazon.awssdk.services.sesv2.model.ReviewStatus;
import software.amazon.awssdk.services.sesv2.model.SuppressionListReason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The account operations through the real SDKs of both faces, out of the sandbox (the default). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccountIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REGION = "us-east-1";

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

    @Test
    void aNewAccountOnSesV2IsInProductionWithTheDefaultQuotaAndTheSuppressionListOn() {
        GetAccountResponse got = v2.getAccount(request -> { });

        assertThat(got.sendQuota().max24HourSend()).isEqualTo(50_000);
        assertThat(got.sendQuota().maxSendRate()).isEqualTo(14);
        assertThat(got.sendQuota().sentLast24Hours()).isZero();
        assertThat(got.sendingEnabled()).isTrue();
        assertThat(got.productionAccessEnabled()).isTrue();
        assertThat(got.enforcementStatus()).isEqualTo("HEALTHY");
        assertThat(got.dedicatedIpAutoWarmupEnabled()).isFalse();
        assertThat(got.suppressionAttributes().suppressedReasons())
                .containsExactly(SuppressionListReason.BOUNCE, SuppressionListReason.COMPLAINT);
        assertThat(got.details()).isNull();
    }

    @Test
    void aNewAccountOnPinpointEmailShowsTheMembersItsModelHas() {
        var got = v1.getAccount(request -> { });

        assertThat(got.sendQuota().max24HourSend()).isEqualTo(50_000);
        assertThat(got.sendQuota().maxSendRate()).isEqualTo(14);
        assertThat(got.sendQuota().sentLast24Hours()).isZero();
        assertThat(got.sendingEnabled()).isTrue();
        assertThat(got.productionAccessEnabled()).isTrue();
        assertThat(got.enforcementStatus()).isEqualTo("HEALTHY");
        assertThat(got.dedicatedIpAutoWarmupEnabled()).isFalse();
    }

    @Test
    void theV1AnswerHasNoMembersOfTheV2Model() {
        v2.putAccountDetails(request -> request.mailType(MailType.MARKETING).websiteURL("https://example.com"));
        MockControlPlane http = new MockControlPlane(port);

        HttpResponse<String> response = http.send("GET", "/v1/email/account", null, null, account);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("SuppressionAttributes").doesNotContain("Details")
                .contains("\"SendQuota\"");
    }

    @Test
    void sendingTurnedOffOnOneFaceIsOffOnTheOtherAndCanBeTurnedOnAgain() {
        v1.putAccountSendingAttributes(request -> request.sendingEnabled(false));

        assertThat(v2.getAccount(request -> { }).sendingEnabled()).isFalse();
        assertThat(v1.getAccount(request -> { }).sendingEnabled()).isFalse();

        v2.putAccountSendingAttributes(request -> request.sendingEnabled(true));

        assertThat(v1.getAccount(request -> { }).sendingEnabled()).isTrue();
    }

    @Test
    void accountDetailsAreRecordedAndShownWithAGrantedReviewOutOfTheSandbox() {
        v2.putAccountDetails(request -> request.mailType(MailType.TRANSACTIONAL).websiteURL("https://example.com/app")
                .contactLanguage(ContactLanguage.JA).useCaseDescription("receipts")
                .additionalContactEmailAddresses("ops@example.com", "dev@example.com")
                .productionAccessEnabled(true));

        var details = v2.getAccount(request -> { }).details();
        assertThat(details.mailType()).isEqualTo(MailType.TRANSACTIONAL);
        assertThat(details.websiteURL()).isEqualTo("https://example.com/app");
        assertThat(details.contactLanguage()).isEqualTo(ContactLanguage.JA);
        assertThat(details.useCaseDescription()).isEqualTo("receipts");
        assertThat(details.additionalContactEmailAddresses()).containsExactly("ops@example.com", "dev@example.com");
        assertThat(details.reviewDetails().status()).isEqualTo(ReviewStatus.GRANTED);
        assertThat(details.reviewDetails().caseId()).matches("\\d{10}");
    }

    @Test
    void accountDetailsSentAgainReplaceTheOldOnesAndKeepTheCase() {
        v2.putAccountDetails(request -> request.mailType(MailType.MARKETING).websiteURL("https://a.example.com")
                .contactLanguage(ContactLanguage.EN));
        String caseId = v2.getAccount(request -> { }).details().reviewDetails().caseId();

        v2.putAccountDetails(request -> request.mailType(MailType.TRANSACTIONAL).websiteURL("https://b.example.com"));

        var details = v2.getAccount(request -> { }).details();
        assertThat(details.mailType()).isEqualTo(MailType.TRANSACTIONAL);
        assertThat(details.websiteURL()).isEqualTo("https://b.example.com");
        assertThat(details.contactLanguage()).isNull();
        assertThat(details.reviewDetails().caseId()).isEqualTo(caseId);
    }

    @Test
    void accountDetailsWithoutTheRequiredMembersAreABadRequestThatChangesNothing() {
        assertThatThrownBy(() -> v2.putAccountDetails(request -> request.mailType(MailType.MARKETING)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'websiteURL' failed to satisfy constraint: "
                                + "Member must not be null"));
        assertThatThrownBy(() -> v2.putAccountDetails(request -> request.websiteURL("https://example.com")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'mailType' failed to satisfy constraint: "
                                + "Member must not be null"));

        assertThat(v2.getAccount(request -> { }).details()).isNull();
    }

    @Test
    void accountDetailsAreValidatedAsTheModelSays() {
        assertThatThrownBy(() -> v2.putAccountDetails(request -> request.mailType("BULK")
                .websiteURL("https://example.com")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'mailType' failed to satisfy constraint: "
                                + "Member must satisfy enum value set: [MARKETING, TRANSACTIONAL]"));
        assertThatThrownBy(() -> v2.putAccountDetails(request -> request.mailType(MailType.MARKETING)
                .websiteURL("https://example.com").contactLanguage("DE")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'contactLanguage' failed to satisfy constraint: "
                                + "Member must satisfy enum value set: [EN, JA]"));
        assertThatThrownBy(() -> v2.putAccountDetails(request -> request.mailType(MailType.MARKETING)
                .websiteURL("https://example.com")
                .additionalContactEmailAddresses("a@example.com", "b@example.com", "c@example.com",
                        "d@example.com", "e@example.com")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'additionalContactEmailAddresses' failed to satisfy "
                                + "constraint: Member must have length less than or equal to 4"));
        assertThatThrownBy(() -> v2.putAccountDetails(request -> request.mailType(MailType.MARKETING)
                .websiteURL("https://example.com").additionalContactEmailAddresses("no-at-sign")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'additionalContactEmailAddresses.1.member' failed to "
                                + "satisfy constraint: Member must satisfy regular expression pattern: ^(.+)@(.+)$"));
        assertThatThrownBy(() -> v2.putAccountDetails(request -> request.mailType(MailType.MARKETING)
                .websiteURL("").useCaseDescription("x".repeat(5001))))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"))
                .hasMessageContaining("2 validation errors detected");

        assertThat(v2.getAccount(request -> { }).details()).isNull();
    }

    @Test
    void suppressionAttributesAreReplacedAndShown() {
        v2.putAccountSuppressionAttributes(request -> request.suppressedReasons(SuppressionListReason.BOUNCE));

        assertThat(v2.getAccount(request -> { }).suppressionAttributes().suppressedReasons())
                .containsExactly(SuppressionListReason.BOUNCE);

        v2.putAccountSuppressionAttributes(request -> { });

        assertThat(v2.getAccount(request -> { }).suppressionAttributes().suppressedReasons()).isEmpty();
    }

    @Test
    void anUnknownSuppressionReasonIsABadRequestThatChangesNothing() {
        assertThatThrownBy(() -> v2.putAccountSuppressionAttributes(request -> request.suppressedReasonsWithStrings(
                "BOUNCE", "SPAM")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'suppressedReasons.2.member' failed to "
                                + "satisfy constraint: Member must satisfy enum value set: [BOUNCE, COMPLAINT]"));

        assertThat(v2.getAccount(request -> { }).suppressionAttributes().suppressedReasons()).hasSize(2);
    }

    @Test
    void eachAccountAndRegionHasItsOwnSettings() {
        v2.putAccountSendingAttributes(request -> request.sendingEnabled(false));

        try (SesV2Client otherAccount = SesV2Clients.forPort(port, freshAccount(), REGION);
             SesV2Client otherRegion = SesV2Clients.forPort(port, account, "eu-west-1")) {
            assertThat(otherAccount.getAccount(request -> { }).sendingEnabled()).isTrue();
            assertThat(otherRegion.getAccount(request -> { }).sendingEnabled()).isTrue();
        }
        assertThat(v2.getAccount(request -> { }).sendingEnabled()).isFalse();
    }

    @Test
    void theStateShowsTheSettingsAndAResetOfTheAccountRestoresTheDefaults() {
        v2.putAccountSendingAttributes(request -> request.sendingEnabled(false));
        v2.putAccountSuppressionAttributes(request -> request.suppressedReasons(SuppressionListReason.COMPLAINT));
        MockControlPlane http = new MockControlPlane(port);

        JsonNode scope = scopeOf(JSON.readTree(http.send("GET", "/_mock/state", null, null).body()));
        JsonNode settings = scope.get("Account").get(0);
        assertThat(settings.get("SendingEnabled").asBoolean()).isFalse();
        assertThat(settings.get("SuppressionAttributes").get("SuppressedReasons").get(0).asString())
                .isEqualTo("COMPLAINT");

        assertThat(http.send("POST", "/_mock/reset?account=" + account, null, null).statusCode()).isEqualTo(204);

        GetAccountResponse got = v2.getAccount(request -> { });
        assertThat(got.sendingEnabled()).isTrue();
        assertThat(got.suppressionAttributes().suppressedReasons()).hasSize(2);
    }

    private JsonNode scopeOf(JsonNode state) {
        for (JsonNode scope : state) {
            if (scope.get("account").asString().equals(account) && scope.get("region").asString().equals(REGION)) {
                return scope;
            }
        }
        throw new AssertionError("no scope for " + account + " in " + state);
    }
}
