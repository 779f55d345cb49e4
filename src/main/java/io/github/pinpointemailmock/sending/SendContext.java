package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;

/**
 * Who sends, through which face and operation, and from where: what the controller knows of the request and the
 * sending services need, so that they know nothing of HTTP.
 *
 * @param caller    the account and region sending
 * @param face      the API face called
 * @param operation the operation called, {@code SendEmail} or {@code SendBulkEmail} (SES's {@code ses:operation}; each
 *                  entry of a bulk send keeps it)
 * @param sourceIp  the address the request came from (SES's {@code ses:source-ip}), or null when unknown
 */
record SendContext(AccountRegion caller, ApiFace face, Operation operation, String sourceIp) {
}
