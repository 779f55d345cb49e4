package io.github.pinpointemailmock.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.OperationCatalog;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultServiceTests {

    private static final Operation CREATE = Operation.CREATE_CONFIGURATION_SET;
    private static final AccountRegion CALLER = new AccountRegion("111122223333", "us-east-1");

    private final FaultService faults = new FaultService(new OperationCatalog());

    static FaultRuleRequest rule(String operation, String error, Integer count, String account) {
        return new FaultRuleRequest(operation, error, count, account, null, null, null);
    }

    static FaultAction hit(AwsErrorType error) {
        return new FaultAction(error, 0);
    }

    @Test
    void aRuleFailsExactlyCountCallsThenDisappears() {
        faults.add(rule("CreateConfigurationSet", "ConcurrentModificationException", 2, null));

        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER))
                .hasValue(hit(AwsErrorType.CONCURRENT_MODIFICATION));
        assertThat(faults.list()).singleElement().extracting(FaultRuleView::remaining).isEqualTo(1);
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER))
                .hasValue(hit(AwsErrorType.CONCURRENT_MODIFICATION));
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).isEmpty();
        assertThat(faults.list()).isEmpty();
    }

    @Test
    void theCountDefaultsToOne() {
        faults.add(rule("CreateConfigurationSet", "TooManyRequestsException", null, null));

        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).hasValue(hit(AwsErrorType.TOO_MANY_REQUESTS));
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).isEmpty();
    }

    @Test
    void anAccountRuleMatchesOnlyThatAccount() {
        faults.add(rule("CreateConfigurationSet", "NotFoundException", 1, "999999999999"));

        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).isEmpty();
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, new AccountRegion("999999999999", "eu-west-1")))
                .hasValue(hit(AwsErrorType.NOT_FOUND));
    }

    @Test
    void olderRulesFireFirst() {
        faults.add(rule("CreateConfigurationSet", "LimitExceededException", 1, null));
        faults.add(rule("CreateConfigurationSet", "AlreadyExistsException", 1, null));

        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).hasValue(hit(AwsErrorType.LIMIT_EXCEEDED));
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).hasValue(hit(AwsErrorType.ALREADY_EXISTS));
    }

    @Test
    void aRuleFiresOnlyOnTheFacesWhoseModelHasItsError() {
        faults.add(rule("CreateEmailIdentity", "AlreadyExistsException", 1, null));

        assertThat(faults.nextFault(Operation.CREATE_EMAIL_IDENTITY, ApiFace.PINPOINT_EMAIL, CALLER)).isEmpty();
        assertThat(faults.nextFault(Operation.CREATE_EMAIL_IDENTITY, ApiFace.SES_V2, CALLER))
                .hasValue(hit(AwsErrorType.ALREADY_EXISTS));
    }

    @Test
    void refusesAnUnknownOperationAnUnmodelledErrorAndANonPositiveCount() {
        assertBadRequest(rule("SendCustomVerificationEmail", "BadRequestException", 1, null), "Unknown operation");
        assertBadRequest(rule("CreateConfigurationSet", "InternalFailure", 1, null),
                "does not model InternalFailure");
        assertBadRequest(rule("CreateConfigurationSet", "BadRequestException", 0, null),
                "count must be at least 1");
        assertBadRequest(rule(null, "BadRequestException", 1, null), "operation is required");
        assertBadRequest(rule("CreateConfigurationSet", null, 1, null), "error or latencyMs is required");
        assertThat(faults.list()).isEmpty();
    }

    private void assertBadRequest(FaultRuleRequest request, String message) {
        assertThatThrownBy(() -> faults.add(request)).isInstanceOfSatisfying(AwsException.class, e -> {
            assertThat(e.type()).isEqualTo(AwsErrorType.BAD_REQUEST);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void aRuleWithProbabilityZeroNeverHitsAndWithProbabilityOneAlwaysHitsWithoutEnd() {
        faults.add(new FaultRuleRequest("GetConfigurationSet", "NotFoundException", null, null, null, 0.0, null));
        for (int i = 0; i < 100; i++) {
            assertThat(faults.nextFault(Operation.GET_CONFIGURATION_SET, ApiFace.SES_V2, CALLER)).isEmpty();
        }
        faults.clear();

        faults.add(new FaultRuleRequest("GetConfigurationSet", "NotFoundException", null, null, null, 1.0, null));
        for (int i = 0; i < 100; i++) {
            assertThat(faults.nextFault(Operation.GET_CONFIGURATION_SET, ApiFace.SES_V2, CALLER))
                    .hasValue(hit(AwsErrorType.NOT_FOUND));
        }
        assertThat(faults.list()).singleElement().extracting(FaultRuleView::remaining).isNull();
    }

    @Test
    void aLatencyRuleDelaysWithoutAnErrorAndARegionRuleMatchesOnlyThatRegion() {
        faults.add(new FaultRuleRequest("CreateConfigurationSet", null, 1, null, "eu-west-1", null, 250L));

        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).isEmpty();
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, new AccountRegion("111122223333", "eu-west-1")))
                .hasValue(new FaultAction(null, 250));
    }

    @Test
    void oneRuleCanBeRemovedByItsId() {
        FaultRuleView kept = faults.add(rule("CreateConfigurationSet", "NotFoundException", 1, null));
        FaultRuleView removed = faults.add(rule("CreateConfigurationSet", "LimitExceededException", 1, null));

        assertThat(faults.remove(removed.id())).isTrue();
        assertThat(faults.remove(removed.id())).isFalse();
        assertThat(faults.list()).containsExactly(kept);
    }

    @Test
    void aResetForAnAccountRemovesOnlyTheRulesThatTargetIt() {
        faults.add(rule("CreateConfigurationSet", "NotFoundException", 1, "999999999999"));
        FaultRuleView everyone = faults.add(rule("CreateConfigurationSet", "LimitExceededException", 1, null));

        faults.reset(Optional.of("999999999999"));

        assertThat(faults.list()).containsExactly(everyone);
    }

    @Test
    void refusesABadProbabilityOrLatency() {
        assertBadRequest(new FaultRuleRequest("CreateConfigurationSet", "NotFoundException", null, null, null, 1.5,
                null), "probability must be between 0 and 1");
        assertBadRequest(new FaultRuleRequest("CreateConfigurationSet", null, null, null, null, null, 60_001L),
                "latencyMs must be between 0 and 60000");
    }

    @Test
    void everyMatchingRuleAddsItsLatencyAndTheFirstErrorRuleThatFiresDecidesTheError() {
        faults.add(new FaultRuleRequest("CreateConfigurationSet", null, null, null, "eu-west-1", 1.0, 2_000L));
        faults.add(new FaultRuleRequest("CreateConfigurationSet", "TooManyRequestsException", null, null, null, 1.0,
                null));
        faults.add(new FaultRuleRequest("CreateConfigurationSet", "LimitExceededException", null, null, null, 1.0,
                100L));
        AccountRegion ireland = new AccountRegion("111122223333", "eu-west-1");

        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, ireland))
                .hasValue(new FaultAction(AwsErrorType.TOO_MANY_REQUESTS, 2_100));
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER))
                .hasValue(new FaultAction(AwsErrorType.TOO_MANY_REQUESTS, 100));
    }

    @Test
    void aRegionIsSlowerForEveryCallWhileOnlyTheCallsWhoseChanceComesUpAreThrottled() {
        faults.add(new FaultRuleRequest("CreateConfigurationSet", null, null, null, "eu-west-1", 1.0, 2_000L));
        faults.add(new FaultRuleRequest("CreateConfigurationSet", "TooManyRequestsException", null, null, "eu-west-1",
                0.1, null));
        AccountRegion ireland = new AccountRegion("111122223333", "eu-west-1");

        int throttled = 0;
        for (int i = 0; i < 2_000; i++) {
            FaultAction action = faults.nextFault(CREATE, ApiFace.SES_V2, ireland).orElseThrow();
            assertThat(action.latencyMs()).isEqualTo(2_000);
            throttled += action.error() == null ? 0 : 1;
        }
        // 10% of 2,000: 200 expected; the bounds are over six standard deviations wide.
        assertThat(throttled).isBetween(120, 280);
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).isEmpty();
    }

    @Test
    void onlyARuleThatAppliesUsesUpAHit() {
        faults.add(rule("CreateConfigurationSet", "LimitExceededException", 1, null));
        // Comes after an error that is already decided and adds no latency: it does not apply, so it keeps its hit.
        faults.add(rule("CreateConfigurationSet", "AlreadyExistsException", 1, null));
        // Adds its latency although the error is decided already: it applies, and its one hit is used.
        faults.add(new FaultRuleRequest("CreateConfigurationSet", "NotFoundException", 1, null, null, null, 50L));
        // Never fires: keeps its hit for ever.
        faults.add(new FaultRuleRequest("CreateConfigurationSet", null, 1, null, null, 0.0, 75L));

        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER))
                .hasValue(new FaultAction(AwsErrorType.LIMIT_EXCEEDED, 50));
        assertThat(faults.list()).extracting(FaultRuleView::error)
                .containsExactly("AlreadyExistsException", null);
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).hasValue(hit(AwsErrorType.ALREADY_EXISTS));
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).isEmpty();
        assertThat(faults.list()).singleElement().extracting(FaultRuleView::remaining).isEqualTo(1);
    }
}
