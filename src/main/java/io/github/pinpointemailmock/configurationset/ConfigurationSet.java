package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.tag.Tag;
import java.util.List;

/** A stored configuration set: everything the create request said, with tag values normalized. */
public record ConfigurationSet(
        String name,
        TrackingOptions trackingOptions,
        DeliveryOptions deliveryOptions,
        ReputationOptions reputationOptions,
        SendingOptions sendingOptions,
        List<Tag> tags) {

    public ConfigurationSet {
        tags = List.copyOf(tags);
    }
}
