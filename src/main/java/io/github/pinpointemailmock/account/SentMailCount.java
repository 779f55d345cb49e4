package io.github.pinpointemailmock.account;

import io.github.pinpointemailmock.caller.AccountRegion;

/**
 * How many messages an account sent in a region over the last 24 hours, counted per recipient as SES counts them.
 * Owned here, answered by the sending feature, so that account does not depend on it.
 */
public interface SentMailCount {

    long sentLast24Hours(AccountRegion caller);
}
