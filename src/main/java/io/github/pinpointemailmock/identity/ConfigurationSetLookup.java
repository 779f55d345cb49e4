package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.caller.AccountRegion;

/**
 * The configuration sets an identity may name as its default ({@code ConfigurationSetName}, SES v2). Owned here,
 * answered by the configuration set feature, so that identity does not depend on it.
 */
public interface ConfigurationSetLookup {

    /** Throws the configuration set feature's own {@code NotFoundException} when the caller has no set of that name. */
    void requireExists(AccountRegion caller, String name);
}
