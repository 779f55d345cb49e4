package io.github.pinpointemailmock.account;

import io.github.pinpointemailmock.store.ResourceKind;
import io.github.pinpointemailmock.store.ScopedRepository;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * The account settings of every account and region: one item per scope, there from first use with the
 * defaults, so a reset puts an account back to them. In {@code GET /_mock/state} under {@code Account}.
 */
@Repository
class AccountRepository extends ScopedRepository<AccountSettings> {

    AccountRepository() {
        super(ResourceKind.of("Account", "accounts", AccountSettings::key, "Account", AccountState::of),
                1, List.of(AccountSettings.DEFAULTS));
    }

    /** The settings as the state view shows them, with SES v2's member names. */
    record AccountState(boolean SendingEnabled, SuppressionAttributes SuppressionAttributes, AccountDetails Details,
                        boolean DedicatedIpAutoWarmupEnabled) {

        static AccountState of(AccountSettings settings) {
            return new AccountState(settings.sendingEnabled(), settings.suppressionAttributes(), settings.details(),
                    settings.dedicatedIpAutoWarmupEnabled());
        }
    }
}
