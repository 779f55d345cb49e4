package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The SES v2 {@code PutEmailIdentityDkimSigningAttributes} body; the identity is in the path. The origin takes the
 * model's enum; the key, selector and key length inside {@code SigningAttributes} keep the rules they have at
 * creation ({@link DkimSigningAttributes}).
 */
record PutEmailIdentityDkimSigningAttributesRequest(
        @NotNull
        @OneOf({"AWS_SES", "EXTERNAL", "AWS_SES_AF_SOUTH_1", "AWS_SES_EU_NORTH_1", "AWS_SES_AP_SOUTH_1",
                "AWS_SES_EU_WEST_3", "AWS_SES_EU_WEST_2", "AWS_SES_EU_SOUTH_1", "AWS_SES_EU_WEST_1",
                "AWS_SES_AP_NORTHEAST_3", "AWS_SES_AP_NORTHEAST_2", "AWS_SES_ME_SOUTH_1", "AWS_SES_AP_NORTHEAST_1",
                "AWS_SES_IL_CENTRAL_1", "AWS_SES_SA_EAST_1", "AWS_SES_CA_CENTRAL_1", "AWS_SES_AP_SOUTHEAST_1",
                "AWS_SES_AP_SOUTHEAST_2", "AWS_SES_AP_SOUTHEAST_3", "AWS_SES_EU_CENTRAL_1", "AWS_SES_US_EAST_1",
                "AWS_SES_US_EAST_2", "AWS_SES_US_WEST_1", "AWS_SES_US_WEST_2", "AWS_SES_ME_CENTRAL_1",
                "AWS_SES_AP_SOUTH_2", "AWS_SES_EU_CENTRAL_2", "AWS_SES_AP_SOUTHEAST_5", "AWS_SES_CA_WEST_1",
                "AWS_SES_US_GOV_EAST_1", "AWS_SES_US_GOV_WEST_1"})
        String SigningAttributesOrigin,
        @Valid DkimSigningAttributes SigningAttributes) {
}
