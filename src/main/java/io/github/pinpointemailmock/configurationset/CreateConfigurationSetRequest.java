package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.tag.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The {@code CreateConfigurationSet} body, member for member as the models name it; the last three members are
 * SES v2's. The name rule (1 to 64 ASCII letters, digits, {@code _} and {@code -}) is the SES quota page's; the
 * model itself leaves it out.
 */
record CreateConfigurationSetRequest(
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "^[a-zA-Z0-9_-]*$") String ConfigurationSetName,
        @Valid TrackingOptions TrackingOptions,
        @Valid DeliveryOptions DeliveryOptions,
        ReputationOptions ReputationOptions,
        SendingOptions SendingOptions,
        List<@NotNull @Valid Tag> Tags,
        @Valid SuppressionOptions SuppressionOptions,
        @Valid VdmOptions VdmOptions,
        @Valid ArchivingOptions ArchivingOptions) {

    /**
     * The request as Pinpoint Email reads it: members its model lacks are unknown there, and unknown members are
     * ignored, so they are neither validated nor stored.
     */
    CreateConfigurationSetRequest pinpointEmailView() {
        return new CreateConfigurationSetRequest(ConfigurationSetName,
                TrackingOptions == null ? null : TrackingOptions.pinpointEmailView(),
                DeliveryOptions == null ? null : DeliveryOptions.pinpointEmailView(),
                ReputationOptions, SendingOptions, Tags, null, null, null);
    }
}
