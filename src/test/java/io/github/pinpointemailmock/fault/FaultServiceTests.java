package io.github.pinpointemailmock.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.OperationCatalog;
import org.junit.jupiter.api.Test;

class FaultServiceTests {

    private static final Operation CREATE = Operation.CREATE_CONFIGURATION_SET;
    private static final AccountRegion CALLER = new AccountRegion("111122223333", "us-east-1");

    private final FaultService faults = new FaultService(new OperationCatalog());

    @Test
    void aRuleFailsExactlyCountCallsThenDisappears() {
        faults.add(new FaultRuleRequest("CreateConfigurationSet", "ConcurrentModificationException", 2, null));

        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).hasValue(AwsErrorType.CONCURRENT_MODIFICATION);
        assertThat(faults.list()).singleElement().extracting(FaultRuleView::remaining).isEqualTo(1);
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).hasValue(AwsErrorType.CONCURRENT_MODIFICATION);
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).isEmpty();
        assertThat(faults.list()).isEmpty();
    }

    @Test
    void theCountDefaultsToOne() {
        faults.add(new FaultRuleRequest("CreateConfigurationSet", "TooManyRequestsException", null, null));

        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).hasValue(AwsErrorType.TOO_MANY_REQUESTS);
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).isEmpty();
    }

    @Test
    void anAccountRuleMatchesOnlyThatAccount() {
        faults.add(new FaultRuleRequest("CreateConfigurationSet", "NotFoundException", 1, "999999999999"));

        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).isEmpty();
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, new AccountRegion("999999999999", "eu-west-1")))
                .hasValue(AwsErrorType.NOT_FOUND);
    }

    @Test
    void olderRulesFireFirst() {
        faults.add(new FaultRuleRequest("CreateConfigurationSet", "LimitExceededException", 1, null));
        faults.add(new FaultRuleRequest("CreateConfigurationSet", "AlreadyExistsException", 1, null));

        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).hasValue(AwsErrorType.LIMIT_EXCEEDED);
        assertThat(faults.nextFault(CREATE, ApiFace.SES_V2, CALLER)).hasValue(AwsErrorType.ALREADY_EXISTS);
    }

    @Test
    void aRuleFiresOnlyOnTheFacesWhoseModelHasItsError() {
        faults.add(new FaultRuleRequest("CreateEmailIdentity", "AlreadyExistsException", 1, null));

        assertThat(faults.nextFault(Operation.CREATE_EMAIL_IDENTITY, ApiFace.PINPOINT_EMAIL, CALLER)).isEmpty();
        assertThat(faults.nextFault(Operation.CREATE_EMAIL_IDENTITY, ApiFace.SES_V2, CALLER))
                .hasValue(AwsErrorType.ALREADY_EXISTS);
    }

    @Test
    void refusesAnUnknownOperationAnUnmodelledErrorAndANonPositiveCount() {
        assertBadRequest(new FaultRuleRequest("SendEmail", "BadRequestException", 1, null), "Unknown operation");
        assertBadRequest(new FaultRuleRequest("CreateConfigurationSet", "InternalFailure", 1, null),
                "does not model InternalFailure");
        assertBadRequest(new FaultRuleRequest("CreateConfigurationSet", "BadRequestException", 0, null),
                "count must be at least 1");
        assertBadRequest(new FaultRuleRequest(null, "BadRequestException", 1, null), "operation is required");
        assertBadRequest(new FaultRuleRequest("CreateConfigurationSet", null, 1, null), "error is required");
        assertThat(faults.list()).isEmpty();
    }

    private void assertBadRequest(FaultRuleRequest request, String message) {
        assertThatThrownBy(() -> faults.add(request)).isInstanceOfSatisfying(AwsException.class, e -> {
            assertThat(e.type()).isEqualTo(AwsErrorType.BAD_REQUEST);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
