package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.validation.OneOf;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * SES v2 only: how a new domain identity signs, with the lengths and patterns the model gives. A selector and a
 * private key (bring your own DKIM) are given together or not at all; the key is checked, never stored.
 */
record DkimSigningAttributes(
        @Size(min = 1, max = 63)
        @Pattern(regexp = "^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9]))$")
        String DomainSigningSelector,
        @Size(min = 1, max = 20480)
        @Pattern(regexp = "^[a-zA-Z0-9+\\/]+={0,2}$")
        String DomainSigningPrivateKey,
        @OneOf({"RSA_1024_BIT", "RSA_2048_BIT"})
        String NextSigningKeyLength,
        @OneOf({"AWS_SES", "EXTERNAL", "AWS_SES_AF_SOUTH_1", "AWS_SES_EU_NORTH_1", "AWS_SES_AP_SOUTH_1",
                "AWS_SES_EU_WEST_3", "AWS_SES_EU_WEST_2", "AWS_SES_EU_SOUTH_1", "AWS_SES_EU_WEST_1",
                "AWS_SES_AP_NORTHEAST_3", "AWS_SES_AP_NORTHEAST_2", "AWS_SES_ME_SOUTH_1", "AWS_SES_AP_NORTHEAST_1",
                "AWS_SES_IL_CENTRAL_1", "AWS_SES_SA_EAST_1", "AWS_SES_CA_CENTRAL_1", "AWS_SES_AP_SOUTHEAST_1",
                "AWS_SES_AP_SOUTHEAST_2", "AWS_SES_AP_SOUTHEAST_3", "AWS_SES_EU_CENTRAL_1", "AWS_SES_US_EAST_1",
                "AWS_SES_US_EAST_2", "AWS_SES_US_WEST_1", "AWS_SES_US_WEST_2", "AWS_SES_ME_CENTRAL_1",
                "AWS_SES_AP_SOUTH_2", "AWS_SES_EU_CENTRAL_2", "AWS_SES_AP_SOUTHEAST_5", "AWS_SES_CA_WEST_1",
                "AWS_SES_US_GOV_EAST_1", "AWS_SES_US_GOV_WEST_1"})
        String DomainSigningAttributesOrigin) {

    /** Never print the private key, e.g. in a log line. */
    @Override
    public String toString() {
        return "DkimSigningAttributes[DomainSigningSelector=" + DomainSigningSelector
                + ", DomainSigningPrivateKey=" + (DomainSigningPrivateKey == null ? null : "***")
                + ", NextSigningKeyLength=" + NextSigningKeyLength
                + ", DomainSigningAttributesOrigin=" + DomainSigningAttributesOrigin + "]";
    }
}
