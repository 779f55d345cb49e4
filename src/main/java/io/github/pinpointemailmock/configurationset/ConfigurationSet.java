package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.tag.Tag;
import io.github.pinpointemailmock.tag.Taggable;
import java.util.List;

/** A stored configuration set: every member either face has set, with tag values normalized. */
record ConfigurationSet(
        String name,
        TrackingOptions trackingOptions,
        DeliveryOptions deliveryOptions,
        ReputationOptions reputationOptions,
        SendingOptions sendingOptions,
        List<Tag> tags,
        SuppressionOptions suppressionOptions,
        VdmOptions vdmOptions,
        ArchivingOptions archivingOptions) implements Taggable<ConfigurationSet> {

    ConfigurationSet {
        tags = List.copyOf(tags);
    }

    /** The set as Pinpoint Email shows it: without the members only SES v2 has. */
    ConfigurationSet pinpointEmailView() {
        return new ConfigurationSet(name,
                trackingOptions == null ? null : trackingOptions.pinpointEmailView(),
                deliveryOptions == null ? null : deliveryOptions.pinpointEmailView(),
                reputationOptions, sendingOptions, tags, null, null, null);
    }

    ConfigurationSet withTrackingOptions(TrackingOptions options) {
        return new ConfigurationSet(name, options, deliveryOptions, reputationOptions, sendingOptions, tags,
                suppressionOptions, vdmOptions, archivingOptions);
    }

    ConfigurationSet withDeliveryOptions(DeliveryOptions options) {
        return new ConfigurationSet(name, trackingOptions, options, reputationOptions, sendingOptions, tags,
                suppressionOptions, vdmOptions, archivingOptions);
    }

    ConfigurationSet withReputationOptions(ReputationOptions options) {
        return new ConfigurationSet(name, trackingOptions, deliveryOptions, options, sendingOptions, tags,
                suppressionOptions, vdmOptions, archivingOptions);
    }

    ConfigurationSet withSendingOptions(SendingOptions options) {
        return new ConfigurationSet(name, trackingOptions, deliveryOptions, reputationOptions, options, tags,
                suppressionOptions, vdmOptions, archivingOptions);
    }

    @Override
    public ConfigurationSet withTags(List<Tag> newTags) {
        return new ConfigurationSet(name, trackingOptions, deliveryOptions, reputationOptions, sendingOptions,
                newTags, suppressionOptions, vdmOptions, archivingOptions);
    }

    ConfigurationSet withSuppressionOptions(SuppressionOptions options) {
        return new ConfigurationSet(name, trackingOptions, deliveryOptions, reputationOptions, sendingOptions, tags,
                options, vdmOptions, archivingOptions);
    }

    ConfigurationSet withVdmOptions(VdmOptions options) {
        return new ConfigurationSet(name, trackingOptions, deliveryOptions, reputationOptions, sendingOptions, tags,
                suppressionOptions, options, archivingOptions);
    }

    ConfigurationSet withArchivingOptions(ArchivingOptions options) {
        return new ConfigurationSet(name, trackingOptions, deliveryOptions, reputationOptions, sendingOptions, tags,
                suppressionOptions, vdmOptions, options);
    }
}
