package io.github.pinpointemailmock.account;

import java.util.List;

/**
 * What an account has set in one region; the rest of {@code GetAccount} (sandbox, quotas) comes from the settings.
 *
 * @param sendingEnabled        {@code PutAccountSendingAttributes}
 * @param suppressionAttributes {@code PutAccountSuppressionAttributes}
 * @param details               {@code PutAccountDetails}, or null until it is called
 * @param dedicatedIpAutoWarmupEnabled {@code PutAccountDedicatedIpWarmupAttributes}
 */
record AccountSettings(boolean sendingEnabled, SuppressionAttributes suppressionAttributes, AccountDetails details,
                       boolean dedicatedIpAutoWarmupEnabled) {

    /** The one key the settings of a scope are stored under. */
    static final String KEY = "account";

    /**
     * A new account: sending on, and the account-level suppression list on for bounces and complaints, as SES has
     * set up every new account since November 2019. Automatic warm-up of dedicated IPs is off until asked for.
     */
    static final AccountSettings DEFAULTS = new AccountSettings(true,
            new SuppressionAttributes(List.of("BOUNCE", "COMPLAINT"), null), null, false);

    String key() {
        return KEY;
    }

    AccountSettings withSendingEnabled(boolean enabled) {
        return new AccountSettings(enabled, suppressionAttributes, details, dedicatedIpAutoWarmupEnabled);
    }

    AccountSettings withSuppressionAttributes(SuppressionAttributes attributes) {
        return new AccountSettings(sendingEnabled, attributes, details, dedicatedIpAutoWarmupEnabled);
    }

    AccountSettings withDetails(AccountDetails newDetails) {
        return new AccountSettings(sendingEnabled, suppressionAttributes, newDetails, dedicatedIpAutoWarmupEnabled);
    }

    AccountSettings withDedicatedIpAutoWarmup(boolean enabled) {
        return new AccountSettings(sendingEnabled, suppressionAttributes, details, enabled);
    }
}
