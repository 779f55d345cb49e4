package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.ServesOperation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code SendEmail} on both faces, and SES v2's {@code SendBulkEmail}. What the services need of the HTTP request (the
 * operation and the caller's address, which SES records with the message) is handed to them here.
 */
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
    SendEmailResponse send(AccountRegion caller, ApiFace face, HttpServletRequest http,
                           @RequestBody(required = false) SendEmailRequest request) {
        return new SendEmailResponse(service.send(
                new SendContext(caller, face, Operation.SEND_EMAIL, http.getRemoteAddr()), request));
    }

    @PostMapping("/v2/email/outbound-bulk-emails")
    @ServesOperation(Operation.SEND_BULK_EMAIL)
    SendBulkEmailResponse sendBulk(AccountRegion caller, ApiFace face, HttpServletRequest http,
                                   @RequestBody(required = false) SendBulkEmailRequest request) {
        return new SendBulkEmailResponse(bulk.send(
                new SendContext(caller, face, Operation.SEND_BULK_EMAIL, http.getRemoteAddr()), request));
    }
}
