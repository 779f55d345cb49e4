package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.ServesOperation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code SendEmail} on both faces. */
@RestController
class SendingController {

    private final SendingService service;

    SendingController(SendingService service) {
        this.service = service;
    }

    @PostMapping({"/v1/email/outbound-emails", "/v2/email/outbound-emails"})
    @ServesOperation(Operation.SEND_EMAIL)
    SendEmailResponse send(AccountRegion caller, ApiFace face,
                           @RequestBody(required = false) SendEmailRequest request) {
        return new SendEmailResponse(service.send(caller, face, request));
    }
}
