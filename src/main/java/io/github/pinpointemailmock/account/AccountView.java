package io.github.pinpointemailmock.account;

/** An account in one region as {@code GetAccount} reports it: its settings, with the sandbox and quota applied. */
record AccountView(AccountSettings settings, boolean productionAccessEnabled, GetAccountResponse.SendQuota sendQuota) {
}
