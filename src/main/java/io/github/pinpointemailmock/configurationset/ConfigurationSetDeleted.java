package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.caller.AccountRegion;

/**
 * Published when a configuration set is deleted, so that what belongs to it (its event destinations) goes with it,
 * without this feature knowing of those that depend on it.
 */
public record ConfigurationSetDeleted(AccountRegion caller, String name) {
}
