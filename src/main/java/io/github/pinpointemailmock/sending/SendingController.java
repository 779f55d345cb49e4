package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.ServesOperation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code SendEmail} on both faces, and SES v2's {@code SendBulkEmail}. */
@RestController
class SendingController {

    private final SendingService service;
    private final BulkSendingService bulk;

    SendingController(SendingService service, BulkSendingService bulk) {
        this.service = service;
        this.bulk = bulk;
    }

    @PostMapping({"/v1/email/outbound-emails", "/v2/email/outbound-emails"})
    @ServesOperation(Operation.SEND_EMAIL)
    SendEmailResponse send(AccountRegion caller, ApiFace face,
                           @RequestBody(required = false) SendEmailRequest request) {
        return new SendEmailResponse(service.send(caller, face, request));
    }

    @PostMapping("/v2/email/outbound-bulk-emails")
    @ServesOperation(Operation.SEND_BULK_EMAIL)
    SendBulkEmailResponse sendBulk(AccountRegion caller, @RequestBody(required = false) SendBulkEmailRequest request) {
        return new SendBulkEmailResponse(bulk.send(caller, request));
    }
}
