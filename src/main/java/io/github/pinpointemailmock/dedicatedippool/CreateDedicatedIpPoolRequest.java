package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.tag.Tag;
import io.github.pinpointemailmock.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The {@code CreateDedicatedIpPool} body, member for member as the models name it; {@code ScalingMode} is SES v2's.
 * The models give {@code PoolName} no rule; it gets the configuration set name's (1 to 64 ASCII letters, digits,
 * {@code _} and {@code -}), which is what the SES console accepts for a pool.
 */
record CreateDedicatedIpPoolRequest(
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "^[a-zA-Z0-9_-]*$") String PoolName,
        List<@NotNull @Valid Tag> Tags,
        @OneOf({"STANDARD", "MANAGED"}) String ScalingMode) {

    /** The request as Pinpoint Email reads it: {@code ScalingMode} is unknown there, so ignored. */
    CreateDedicatedIpPoolRequest pinpointEmailView() {
        return new CreateDedicatedIpPoolRequest(PoolName, Tags, null);
    }
}
