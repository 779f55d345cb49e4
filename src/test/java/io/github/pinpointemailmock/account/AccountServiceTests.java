package io.github.pinpointemailmock.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.support.TestProperties;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AccountServiceTests {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final AccountRegion CALLER = new AccountRegion("111122223333", "us-east-1");

    private final AccountRepository repository = new AccountRepository();

    private AccountService service(MockProperties.Account account) {
        return new AccountService(repository, new AwsRequestValidator(VALIDATION.getValidator()),
                TestProperties.withAccount(account), caller -> 0);
    }

    private final AccountService service = service(TestProperties.defaults().account());

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    private static PutAccountDetailsRequest details(String mailType, Boolean productionAccess) {
        return new PutAccountDetailsRequest(mailType, "https://example.com", null, null, null, productionAccess);
    }

    @Test
    void theQuotaOutOfTheSandboxIsTheConfiguredOne() {
        AccountView account = service(new MockProperties.Account(false, 1234, 7.5)).get(CALLER);

        assertThat(account.productionAccessEnabled()).isTrue();
        assertThat(account.sendQuota()).isEqualTo(new GetAccountResponse.SendQuota(1234, 7.5, 0));
    }

    @Test
    void theSandboxQuotaOverridesTheConfiguredOne() {
        AccountView account = service(new MockProperties.Account(true, 1234, 7.5)).get(CALLER);

        assertThat(account.productionAccessEnabled()).isFalse();
        assertThat(account.sendQuota()).isEqualTo(new GetAccountResponse.SendQuota(200, 1, 0));
    }

    @Test
    void anAbsentSendingEnabledTurnsSendingOff() {
        service.putSendingAttributes(CALLER, new PutAccountSendingAttributesRequest(null));

        assertThat(service.sendingEnabled(CALLER)).isFalse();
    }

    @Test
    void suppressionAttributesWithoutReasonsTurnTheListOffAndRepeatedReasonsCountOnce() {
        assertThat(service.suppressedReasons(CALLER)).containsExactly("BOUNCE", "COMPLAINT");

        service.putSuppressionAttributes(CALLER, new SuppressionAttributes(null, null));
        assertThat(service.suppressedReasons(CALLER)).isEmpty();

        service.putSuppressionAttributes(CALLER, new SuppressionAttributes(List.of("COMPLAINT", "COMPLAINT"), null));
        assertThat(service.suppressedReasons(CALLER)).containsExactly("COMPLAINT");
    }

    @Test
    void validationAttributesAreCheckedAndKept() {
        var threshold = new SuppressionAttributes.ValidationAttributes(new SuppressionAttributes.ConditionThreshold(
                "ENABLED", new SuppressionAttributes.OverallConfidenceThreshold("HIGH")));

        service.putSuppressionAttributes(CALLER, new SuppressionAttributes(List.of(), threshold));

        assertThat(service.get(CALLER).settings().suppressionAttributes().ValidationAttributes()).isEqualTo(threshold);
        assertThatThrownBy(() -> service.putSuppressionAttributes(CALLER, new SuppressionAttributes(List.of(),
                new SuppressionAttributes.ValidationAttributes(null))))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "1 validation error detected: Value at 'validationAttributes.conditionThreshold' failed to "
                                + "satisfy constraint: Member must not be null"));
    }

    @Test
    void detailsOutOfTheSandboxAreGrantedAndAnotherPutIsAccepted() {
        service.putDetails(CALLER, details("MARKETING", true));
        service.putDetails(CALLER, details("TRANSACTIONAL", null));

        AccountDetails details = service.get(CALLER).settings().details();
        assertThat(details.MailType()).isEqualTo("TRANSACTIONAL");
        assertThat(details.ReviewDetails().Status()).isEqualTo("GRANTED");
    }

    @Test
    void aPendingReviewInTheSandboxRefusesFurtherDetailsAndKeepsTheFirst() {
        AccountService sandbox = service(new MockProperties.Account(true, 50_000, 14));
        sandbox.putDetails(CALLER, details("MARKETING", true));

        assertThatThrownBy(() -> sandbox.putDetails(CALLER, details("TRANSACTIONAL", true)))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.CONFLICT));
        assertThat(sandbox.get(CALLER).settings().details().MailType()).isEqualTo("MARKETING");
        assertThat(sandbox.get(CALLER).productionAccessEnabled()).isFalse();
    }

    @Test
    void aFailedValidationChangesNothing() {
        assertThatThrownBy(() -> service.putDetails(CALLER, new PutAccountDetailsRequest("MARKETING",
                "https://example.com", null, null, List.of(), null)))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "1 validation error detected: Value at 'additionalContactEmailAddresses' failed to satisfy "
                                + "constraint: Member must have length greater than or equal to 1"));

        assertThat(service.get(CALLER).settings().details()).isNull();
    }

    @Test
    void theV1ViewLeavesOutWhatPinpointEmailDoesNotHave() {
        service.putDetails(CALLER, details("MARKETING", null));

        GetAccountResponse v1 = GetAccountResponse.of(ApiFace.PINPOINT_EMAIL, service.get(CALLER));
        GetAccountResponse v2 = GetAccountResponse.of(ApiFace.SES_V2, service.get(CALLER));

        assertThat(v1.Details()).isNull();
        assertThat(v1.SuppressionAttributes()).isNull();
        assertThat(v2.Details()).isNotNull();
        assertThat(v2.SuppressionAttributes()).isNotNull();
    }

    @Test
    void settingsAreKeptPerAccountAndRegionAndAResetRestoresTheDefaults() {
        AccountRegion otherRegion = new AccountRegion("111122223333", "eu-west-1");
        AccountRegion otherAccount = new AccountRegion("444455556666", "us-east-1");
        service.putSendingAttributes(CALLER, new PutAccountSendingAttributesRequest(false));
        service.putSendingAttributes(otherAccount, new PutAccountSendingAttributesRequest(false));

        assertThat(service.sendingEnabled(otherRegion)).isTrue();

        repository.reset(Optional.of("111122223333"));

        assertThat(service.sendingEnabled(CALLER)).isTrue();
        assertThat(service.sendingEnabled(otherAccount)).isFalse();
        assertThat(repository.state()).containsKey(otherAccount);
    }
}
