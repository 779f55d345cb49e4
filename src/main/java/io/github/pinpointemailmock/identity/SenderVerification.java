package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.caller.AccountRegion;

/** Whether an address may be used as a verified identity of an account and region: for the sending path. */
public interface SenderVerification {

    /**
     * True when the address itself, its domain or a parent domain of it is a verified identity of the caller, as
     * SES checks a sender (and, in the sandbox, a recipient).
     */
    boolean isVerifiedAddress(AccountRegion scope, String address);
}
