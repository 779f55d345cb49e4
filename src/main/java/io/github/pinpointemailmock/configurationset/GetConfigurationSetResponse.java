package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.tag.Tag;
import java.util.List;

/** The {@code GetConfigurationSet} output; members that were never set are left out of the JSON. */
record GetConfigurationSetResponse(
        String ConfigurationSetName,
        TrackingOptions TrackingOptions,
        DeliveryOptions DeliveryOptions,
        ReputationOptions ReputationOptions,
        SendingOptions SendingOptions,
        List<Tag> Tags,
        SuppressionOptions SuppressionOptions,
        VdmOptions VdmOptions,
        ArchivingOptions ArchivingOptions) {

    static GetConfigurationSetResponse of(ConfigurationSet set) {
        return new GetConfigurationSetResponse(set.name(), set.trackingOptions(), set.deliveryOptions(),
                set.reputationOptions(), set.sendingOptions(), set.tags(), set.suppressionOptions(),
                set.vdmOptions(), set.archivingOptions());
    }
}
