package io.github.pinpointemailmock.account;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.ServesOperation;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account operations: {@code GetAccount} and {@code PutAccountSendingAttributes} on both faces,
 * {@code PutAccountDetails} and {@code PutAccountSuppressionAttributes} on SES v2 alone. Operations without output
 * members answer {@code {}}.
 */
@RestController
class AccountController {

    private final AccountService service;

    AccountController(AccountService service) {
        this.service = service;
    }

    @GetMapping({"/v1/email/account", "/v2/email/account"})
    @ServesOperation(Operation.GET_ACCOUNT)
    GetAccountResponse get(AccountRegion caller, ApiFace face) {
        return GetAccountResponse.of(face, service.get(caller));
    }

    @PutMapping({"/v1/email/account/sending", "/v2/email/account/sending"})
    @ServesOperation(Operation.PUT_ACCOUNT_SENDING_ATTRIBUTES)
    Map<String, Object> putSendingAttributes(AccountRegion caller,
                                             @RequestBody(required = false) PutAccountSendingAttributesRequest request) {
        service.putSendingAttributes(caller, request);
        return Map.of();
    }

    @PostMapping("/v2/email/account/details")
    @ServesOperation(Operation.PUT_ACCOUNT_DETAILS)
    Map<String, Object> putDetails(AccountRegion caller,
                                   @RequestBody(required = false) PutAccountDetailsRequest request) {
        service.putDetails(caller, request);
        return Map.of();
    }

    @PutMapping("/v2/email/account/suppression")
    @ServesOperation(Operation.PUT_ACCOUNT_SUPPRESSION_ATTRIBUTES)
    Map<String, Object> putSuppressionAttributes(AccountRegion caller,
                                                 @RequestBody(required = false) SuppressionAttributes request) {
        service.putSuppressionAttributes(caller, request);
        return Map.of();
    }
}
