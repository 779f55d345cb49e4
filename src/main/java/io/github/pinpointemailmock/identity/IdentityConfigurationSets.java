package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.caller.AccountRegion;
import java.util.Optional;

/** The default configuration set of the identity a message is sent from: for the sending path. */
public interface IdentityConfigurationSets {

    /**
     * The default configuration set ({@code PutEmailIdentityConfigurationSetAttributes}) of the identity that
     * verifies {@code fromAddress}: the address's own identity when it has one, whatever its default (an address
     * identity's setting overrides its domain's, as SES documents), else that of its domain or the nearest parent
     * domain that is an identity. Empty when that identity has no default, or no identity verifies the address.
     *
     * @throws io.github.pinpointemailmock.error.AwsException {@code BadRequestException} when the default set has
     *                                                        been deleted since, as SES answers such a send
     */
    Optional<String> defaultConfigurationSet(AccountRegion scope, String fromAddress);
}
