package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.tag.Tag;
import io.github.pinpointemailmock.tag.Taggable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stored email identity, an address or a domain, with tag values normalized. The emulator can neither receive
 * mail nor look up DNS, so every identity is verified the moment it is created.
 *
 * @param name                name as given at creation
 * @param verifiedForSending  whether email may be sent from it
 * @param feedbackForwarding  whether bounces and complaints are forwarded by email
 * @param configurationSetName SES v2 only: the default configuration set of email sent from it
 * @param verificationStatus  SES v2 only
 * @param policies            SES v2 only: sending authorization policies by name, in name order
 * @param mailFromAttributes  the custom MAIL FROM domain, or null when the identity uses SES's own
 */
record EmailIdentity(
        String name,
        IdentityType type,
        boolean verifiedForSending,
        boolean feedbackForwarding,
        DkimAttributes dkimAttributes,
        List<Tag> tags,
        String configurationSetName,
        String verificationStatus,
        Map<String, String> policies,
        MailFromAttributes mailFromAttributes) implements Taggable<EmailIdentity> {

    static final String VERIFIED = "SUCCESS";

    EmailIdentity {
        tags = List.copyOf(tags);
        policies = policies == null ? null : Collections.unmodifiableMap(new TreeMap<>(policies));
    }

    /** A new identity, already verified, signing as {@code dkim} says. */
    static EmailIdentity verified(String name, DkimAttributes dkim, List<Tag> tags, String configurationSetName) {
        return new EmailIdentity(name, IdentityType.of(name), true, true, dkim, tags, configurationSetName,
                VERIFIED, Map.of(), null);
    }

    /** The identity as Pinpoint Email shows it: without the members only SES v2 has. */
    EmailIdentity pinpointEmailView() {
        return new EmailIdentity(name, type, verifiedForSending, feedbackForwarding,
                dkimAttributes == null ? null : dkimAttributes.pinpointEmailView(), tags, null, null, null,
                mailFromAttributes);
    }

    EmailIdentity withDkimAttributes(DkimAttributes dkim) {
        return new EmailIdentity(name, type, verifiedForSending, feedbackForwarding, dkim, tags,
                configurationSetName, verificationStatus, policies, mailFromAttributes);
    }

    EmailIdentity withFeedbackForwarding(boolean enabled) {
        return new EmailIdentity(name, type, verifiedForSending, enabled, dkimAttributes, tags,
                configurationSetName, verificationStatus, policies, mailFromAttributes);
    }

    EmailIdentity withMailFromAttributes(MailFromAttributes mailFrom) {
        return new EmailIdentity(name, type, verifiedForSending, feedbackForwarding, dkimAttributes, tags,
                configurationSetName, verificationStatus, policies, mailFrom);
    }

    EmailIdentity withConfigurationSetName(String setName) {
        return new EmailIdentity(name, type, verifiedForSending, feedbackForwarding, dkimAttributes, tags,
                setName, verificationStatus, policies, mailFromAttributes);
    }

    EmailIdentity withPolicies(Map<String, String> newPolicies) {
        return new EmailIdentity(name, type, verifiedForSending, feedbackForwarding, dkimAttributes, tags,
                configurationSetName, verificationStatus, newPolicies, mailFromAttributes);
    }

    @Override
    public EmailIdentity withTags(List<Tag> newTags) {
        return new EmailIdentity(name, type, verifiedForSending, feedbackForwarding, dkimAttributes, newTags,
                configurationSetName, verificationStatus, policies, mailFromAttributes);
    }
}
