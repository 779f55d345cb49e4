package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.paging.Pages.Page;
import io.github.pinpointemailmock.tag.Tag;
import io.github.pinpointemailmock.tag.TagRules;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The rules of email identities, for both faces: what a valid request is, what it may reference, and the quota.
 * Every identity is verified at once (the emulator can neither receive mail nor look up DNS). Every operation checks
 * everything first and writes last, so a failed call changes nothing.
 */
@Service
class EmailIdentityService {

    private final EmailIdentityRepository identities;
    private final ConfigurationSetLookup configurationSets;
    private final AwsRequestValidator validator;
    private final Pages pages;
    private final MockProperties properties;

    EmailIdentityService(EmailIdentityRepository identities,
                         ConfigurationSetLookup configurationSets,
                         AwsRequestValidator validator,
                         Pages pages,
                         MockProperties properties) {
        this.identities = identities;
        this.configurationSets = configurationSets;
        this.validator = validator;
        this.pages = pages;
        this.properties = properties;
    }

    /**
     * Creates a verified identity and returns it as the face shows it. On Pinpoint Email the SES v2 members are
     * unknown, so ignored.
     * <p>
     * An identity that exists already is {@code AlreadyExistsException} on SES v2. Pinpoint Email models no such
     * error for this operation: there, creating an existing identity again succeeds and returns the identity as it
     * is, tags unchanged, as AWS's verification APIs do when asked to verify an identity again.
     */
    EmailIdentity create(AccountRegion caller, ApiFace face, CreateEmailIdentityRequest sent) {
        CreateEmailIdentityRequest request = face == ApiFace.PINPOINT_EMAIL ? sent.pinpointEmailView() : sent;
        validator.validate(request);
        String name = request.EmailIdentity();
        IdentityNames.requireWellFormed(name);
        List<Tag> tags = TagRules.normalize(request.Tags(), properties.limits().tagsPerResource());
        DkimAttributes dkim = dkimAttributes(name, request.DkimSigningAttributes());
        if (request.ConfigurationSetName() != null) {
            configurationSets.requireExists(caller, request.ConfigurationSetName());
        }
        EmailIdentity identity = EmailIdentity.verified(name, dkim, tags, request.ConfigurationSetName());
        if (face == ApiFace.SES_V2) {
            return identities.insert(caller, identity);
        }
        while (true) {
            switch (identities.tryInsert(caller, identity)) {
                case INSERTED -> {
                    return view(face, identity);
                }
                case NAME_TAKEN -> {
                    // Idempotent on Pinpoint Email; if the identity was deleted meanwhile, insert again.
                    var existing = identities.find(caller, name);
                    if (existing.isPresent()) {
                        return view(face, existing.get());
                    }
                }
                case LIMIT_REACHED -> throw identities.limitExceeded(caller);
            }
        }
    }

    /** The identity as the face shows it: Pinpoint Email does not show SES v2's members. */
    EmailIdentity get(AccountRegion caller, ApiFace face, String name) {
        return view(face, identities.require(caller, name));
    }

    /**
     * Identities by key (domains ignoring case) in ascending order, a page at a time, as the face shows them; with
     * a filter (SES v2's POST form only), just the identities it lets through.
     */
    Page<EmailIdentity> list(AccountRegion caller, ApiFace face, Integer pageSize, String nextToken,
                             Map<String, String> filter) {
        return pages.page(identities, caller, IdentityFilter.of(filter), pageSize, nextToken)
                .map(identity -> view(face, identity));
    }

    void delete(AccountRegion caller, String name) {
        identities.delete(caller, name);
    }

    /**
     * Easy DKIM for a domain unless the request brings its own key; an address does not sign on its own, so
     * signing attributes for one are refused.
     */
    private static DkimAttributes dkimAttributes(String name, DkimSigningAttributes signing) {
        if (IdentityType.of(name) == IdentityType.EMAIL_ADDRESS) {
            if (signing != null) {
                throw AwsRequestValidator.invalidMember("dkimSigningAttributes",
                        "Member must not be set for an email address identity; DKIM signing belongs to domains");
            }
            return DkimAttributes.notStarted();
        }
        if (signing == null) {
            return DkimAttributes.easyDkim(name, null, null);
        }
        boolean external = DkimAttributes.EXTERNAL.equals(signing.DomainSigningAttributesOrigin());
        boolean selector = signing.DomainSigningSelector() != null;
        boolean privateKey = signing.DomainSigningPrivateKey() != null;
        if (selector != privateKey) {
            throw AwsRequestValidator.invalidMember(selector
                            ? "dkimSigningAttributes.domainSigningPrivateKey"
                            : "dkimSigningAttributes.domainSigningSelector",
                    "Member must not be null when " + (selector ? "domainSigningSelector" : "domainSigningPrivateKey")
                            + " is set");
        }
        if (external && !selector) {
            throw AwsRequestValidator.invalidMember("dkimSigningAttributes.domainSigningPrivateKey",
                    "Member must not be null when domainSigningAttributesOrigin is EXTERNAL");
        }
        if (selector && signing.DomainSigningAttributesOrigin() != null && !external) {
            throw AwsRequestValidator.invalidMember("dkimSigningAttributes.domainSigningAttributesOrigin",
                    "Member must be EXTERNAL when a private key is given");
        }
        if (selector && signing.NextSigningKeyLength() != null) {
            throw AwsRequestValidator.invalidMember("dkimSigningAttributes.nextSigningKeyLength",
                    "Member must be null when a private key is given; it applies to Easy DKIM only");
        }
        return selector
                ? DkimAttributes.external(signing.DomainSigningSelector())
                : DkimAttributes.easyDkim(name, signing.DomainSigningAttributesOrigin(),
                        signing.NextSigningKeyLength());
    }

    private static EmailIdentity view(ApiFace face, EmailIdentity identity) {
        return face == ApiFace.PINPOINT_EMAIL ? identity.pinpointEmailView() : identity;
    }
}
