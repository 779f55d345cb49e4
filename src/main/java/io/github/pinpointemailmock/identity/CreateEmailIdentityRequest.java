package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.tag.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The {@code CreateEmailIdentity} body, member for member as the models name it; the last two members are SES v2's.
 * 320 characters is the longest address SMTP allows (64 for the local part, 255 for the domain, and the {@code @});
 * the models give no maximum.
 */
record CreateEmailIdentityRequest(
        @NotNull @Size(min = 1, max = 320) String EmailIdentity,
        List<@NotNull @Valid Tag> Tags,
        @Valid DkimSigningAttributes DkimSigningAttributes,
        String ConfigurationSetName) {

    /**
     * The request as Pinpoint Email reads it: members its model lacks are unknown there, and unknown members are
     * ignored, so they are neither validated nor stored.
     */
    CreateEmailIdentityRequest pinpointEmailView() {
        return new CreateEmailIdentityRequest(EmailIdentity, Tags, null, null);
    }
}
