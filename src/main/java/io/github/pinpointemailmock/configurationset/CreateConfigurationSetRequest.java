package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.tag.Tag;
import io.github.pinpointemailmock.tag.TagRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The {@code CreateConfigurationSet} body, member for member as the model names it. The name rule (1 to 64 ASCII
 * letters, digits, {@code _} and {@code -}) is the SES quota page's; the model itself leaves it out.
 */
public record CreateConfigurationSetRequest(
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "^[a-zA-Z0-9_-]*$") String ConfigurationSetName,
        @Valid TrackingOptions TrackingOptions,
        @Valid DeliveryOptions DeliveryOptions,
        ReputationOptions ReputationOptions,
        SendingOptions SendingOptions,
        @Size(max = TagRules.MAX_TAGS_PER_RESOURCE) List<@NotNull @Valid Tag> Tags) {

    /** What an empty body means: a request with no members, which then fails validation like any other. */
    static final CreateConfigurationSetRequest EMPTY =
            new CreateConfigurationSetRequest(null, null, null, null, null, null);
}
