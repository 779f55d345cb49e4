package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.tag.Tag;
import java.util.List;
import java.util.Map;

/**
 * The {@code GetEmailIdentity} output; the last three members are SES v2's and left out on Pinpoint Email.
 * {@code MailFromAttributes} is left out while the identity has no custom MAIL FROM domain: the model makes all three
 * of its members required, so there is nothing truthful to put in it until one is set.
 */
record GetEmailIdentityResponse(
        IdentityType IdentityType,
        Boolean FeedbackForwardingStatus,
        Boolean VerifiedForSendingStatus,
        DkimAttributes DkimAttributes,
        MailFromAttributes MailFromAttributes,
        List<Tag> Tags,
        Map<String, String> Policies,
        String ConfigurationSetName,
        String VerificationStatus) {

    static GetEmailIdentityResponse of(EmailIdentity identity) {
        return new GetEmailIdentityResponse(identity.type(), identity.feedbackForwarding(),
                identity.verifiedForSending(), identity.dkimAttributes(), identity.mailFromAttributes(),
                identity.tags(), identity.policies(),
                identity.configurationSetName(), identity.verificationStatus());
    }
}
