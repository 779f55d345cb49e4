package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.tag.Tag;
import java.util.List;

/**
 * What the sending path needs of a configuration set, and records with each message it sends.
 *
 * @param sendingEnabled    {@code SendingOptions.SendingEnabled}; a set that never set it may send
 * @param sendingPoolName   {@code DeliveryOptions.SendingPoolName}, or null
 * @param customRedirectDomain {@code TrackingOptions.CustomRedirectDomain}, or null
 * @param httpsPolicy       {@code TrackingOptions.HttpsPolicy}, or null
 * @param suppressedReasons {@code SuppressionOptions.SuppressedReasons}, or null when the set does not override
 *                          the account's
 */
public record SendingConfiguration(String name, boolean sendingEnabled, String sendingPoolName,
                                   String customRedirectDomain, String httpsPolicy, List<Tag> tags,
                                   List<String> suppressedReasons) {

    static SendingConfiguration of(ConfigurationSet set) {
        SendingOptions sending = set.sendingOptions();
        DeliveryOptions delivery = set.deliveryOptions();
        TrackingOptions tracking = set.trackingOptions();
        SuppressionOptions suppression = set.suppressionOptions();
        return new SendingConfiguration(set.name(),
                sending == null || !Boolean.FALSE.equals(sending.SendingEnabled()),
                delivery == null ? null : delivery.SendingPoolName(),
                tracking == null ? null : tracking.CustomRedirectDomain(),
                tracking == null ? null : tracking.HttpsPolicy(),
                set.tags(),
                suppression == null || suppression.SuppressedReasons() == null ? null
                        : List.copyOf(suppression.SuppressedReasons()));
    }
}
