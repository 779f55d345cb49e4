package io.github.pinpointemailmock.identity;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.paging.Pages.Page;
import io.github.pinpointemailmock.tag.Tag;
import io.github.pinpointemailmock.tag.TagRules;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The rules of email identities, for both faces: what a valid request is, what it may reference, and the quota.
 * Every identity is verified at once (the emulator can neither receive mail nor look up DNS). Every operation checks
 * everything first and writes last, so a failed call changes nothing; an identity is found by a read before it is
 * updated, so that asking for one that does not exist leaves even an unused account unused.
 */
@Service
class EmailIdentityService implements IdentityConfigurationSets {

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
     * Turns DKIM signing on or off; an absent {@code SigningEnabled} is false, as the boolean the backend reads
     * defaults to. An address signs with its domain's key, so signing can only be turned on for an address whose
     * domain (or a parent domain) is an identity with DKIM set up, as SES documents for its DKIM API.
     */
    void putDkimAttributes(AccountRegion caller, String name, PutEmailIdentityDkimAttributesRequest request) {
        boolean enabled = Boolean.TRUE.equals(request.SigningEnabled());
        EmailIdentity identity = identities.require(caller, name);
        if (enabled && identity.type() == IdentityType.EMAIL_ADDRESS && signingDomain(caller, identity).isEmpty()) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "DKIM signing cannot be enabled for " + identity.name()
                    + ": its domain " + IdentityNames.domainOf(identity.name())
                    + " is not an identity with DKIM set up.");
        }
        identities.update(caller, name,
                current -> current.withDkimAttributes(current.dkimAttributes().withSigningEnabled(enabled)));
    }

    /** An absent {@code EmailForwardingEnabled} is false, as the boolean the backend reads defaults to. */
    void putFeedbackAttributes(AccountRegion caller, String name, PutEmailIdentityFeedbackAttributesRequest request) {
        boolean enabled = Boolean.TRUE.equals(request.EmailForwardingEnabled());
        identities.require(caller, name);
        identities.update(caller, name, identity -> identity.withFeedbackForwarding(enabled));
    }

    /**
     * Sets the custom MAIL FROM domain, which must be a subdomain of the identity's domain (the domain itself, or an
     * address's domain), with SES's message when it is not; no domain turns the custom MAIL FROM domain off. The
     * emulator looks up no MX record, so the domain is {@code SUCCESS} at once.
     */
    void putMailFromAttributes(AccountRegion caller, String name, PutEmailIdentityMailFromAttributesRequest request) {
        validator.validate(request);
        String mailFrom = request.MailFromDomain();
        identities.require(caller, name);
        identities.update(caller, name, identity -> {
            if (mailFrom == null) {
                return identity.withMailFromAttributes(null);
            }
            String domain = IdentityNames.domainOf(identity.name()).toLowerCase(Locale.ROOT);
            if (!IdentityNames.isDomain(mailFrom)
                    || !mailFrom.toLowerCase(Locale.ROOT).endsWith("." + domain)) {
                throw new AwsException(AwsErrorType.BAD_REQUEST, "Provided MAIL-FROM domain <" + mailFrom
                        + "> is not subdomain of the domain of the identity <" + identity.name() + ">.");
            }
            return identity.withMailFromAttributes(
                    MailFromAttributes.verified(mailFrom, request.BehaviorOnMxFailure()));
        });
    }

    /**
     * SES v2 only: Easy DKIM ({@code AWS_SES}, or a replicated {@code AWS_SES_<REGION>} origin, with an optional
     * next key length) or a key of the caller's own ({@code EXTERNAL}, selector and private key together), for a
     * domain; an address does not sign on its own. The origin goes in {@code SigningAttributesOrigin}: the
     * reference allows none inside {@code SigningAttributes} for this operation. The new DKIM setup is verified at
     * once, and signing is on.
     */
    DkimAttributes putDkimSigningAttributes(AccountRegion caller, String name,
                                            PutEmailIdentityDkimSigningAttributesRequest request) {
        validator.validate(request);
        if (identities.require(caller, name).type() == IdentityType.EMAIL_ADDRESS) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "DKIM signing attributes can only be set for a domain "
                    + "identity; " + name + " is an email address.");
        }
        String origin = request.SigningAttributesOrigin();
        DkimSigningAttributes signing = request.SigningAttributes();
        String selector = signing == null ? null : signing.DomainSigningSelector();
        String privateKey = signing == null ? null : signing.DomainSigningPrivateKey();
        String keyLength = signing == null ? null : signing.NextSigningKeyLength();
        if (signing != null && signing.DomainSigningAttributesOrigin() != null) {
            throw AwsRequestValidator.invalidMember("signingAttributes.domainSigningAttributesOrigin",
                    "Member must be null; the origin is given by signingAttributesOrigin");
        }
        boolean external = DkimAttributes.EXTERNAL.equals(origin);
        if (external) {
            if (selector == null || privateKey == null) {
                throw AwsRequestValidator.invalidMember(selector == null
                                ? "signingAttributes.domainSigningSelector"
                                : "signingAttributes.domainSigningPrivateKey",
                        "Member must not be null when signingAttributesOrigin is EXTERNAL");
            }
            if (keyLength != null) {
                throw AwsRequestValidator.invalidMember("signingAttributes.nextSigningKeyLength",
                        "Member must be null when signingAttributesOrigin is EXTERNAL; it applies to Easy DKIM only");
            }
        } else if (selector != null || privateKey != null) {
            throw AwsRequestValidator.invalidMember(selector != null
                            ? "signingAttributes.domainSigningSelector"
                            : "signingAttributes.domainSigningPrivateKey",
                    "Member must be null unless signingAttributesOrigin is EXTERNAL");
        }
        return identities.update(caller, name, identity -> identity.withDkimAttributes(external
                ? DkimAttributes.external(selector)
                : identity.dkimAttributes().toEasyDkim(identity.name(), origin, keyLength))).dkimAttributes();
    }

    /**
     * SES v2 only: the identity's default configuration set, which must exist; no name removes it. Email sent from
     * the identity without a configuration set of its own uses it ({@link #defaultConfigurationSet}).
     */
    void putConfigurationSetAttributes(AccountRegion caller, String name,
                                       PutEmailIdentityConfigurationSetAttributesRequest request) {
        identities.require(caller, name);
        String setName = request.ConfigurationSetName();
        if (setName != null) {
            configurationSets.requireExists(caller, setName);
        }
        identities.update(caller, name, identity -> identity.withConfigurationSetName(setName));
    }

    /** SES v2 only: a new policy; one of that name already on the identity, or a full identity, is refused. */
    void createPolicy(AccountRegion caller, String name, String policyName, EmailIdentityPolicyRequest request) {
        IdentityPolicies.requireValidName(policyName);
        validator.validate(request);
        IdentityPolicies.requireValidPolicy(request.Policy());
        identities.require(caller, name);
        identities.update(caller, name, identity -> {
            if (identity.policies().containsKey(policyName)) {
                throw new AwsException(AwsErrorType.ALREADY_EXISTS, "Policy " + policyName
                        + " already exists for identity " + identity.name() + ".");
            }
            if (identity.policies().size() >= IdentityPolicies.MAX_PER_IDENTITY) {
                throw IdentityPolicies.limitExceeded(AwsErrorType.LIMIT_EXCEEDED, identity.name());
            }
            return identity.withPolicies(with(identity.policies(), policyName, request.Policy()));
        });
    }

    /** SES v2 only: every policy of the identity, by name. */
    Map<String, String> policies(AccountRegion caller, String name) {
        return identities.require(caller, name).policies();
    }

    /**
     * SES v2 only. The reference says this succeeds when no policy has the name; it is then added, as SES's own
     * {@code PutIdentityPolicy}, which adds or updates, does. The model gives this operation no
     * {@code LimitExceededException}, so adding one to a full identity is a {@code BadRequestException}.
     */
    void updatePolicy(AccountRegion caller, String name, String policyName, EmailIdentityPolicyRequest request) {
        IdentityPolicies.requireValidName(policyName);
        validator.validate(request);
        IdentityPolicies.requireValidPolicy(request.Policy());
        identities.require(caller, name);
        identities.update(caller, name, identity -> {
            if (!identity.policies().containsKey(policyName)
                    && identity.policies().size() >= IdentityPolicies.MAX_PER_IDENTITY) {
                throw IdentityPolicies.limitExceeded(AwsErrorType.BAD_REQUEST, identity.name());
            }
            return identity.withPolicies(with(identity.policies(), policyName, request.Policy()));
        });
    }

    /** SES v2 only. Succeeds when no policy has the name, as the reference says. */
    void deletePolicy(AccountRegion caller, String name, String policyName) {
        IdentityPolicies.requireValidName(policyName);
        identities.require(caller, name);
        identities.update(caller, name, identity -> {
            Map<String, String> remaining = new HashMap<>(identity.policies());
            remaining.remove(policyName);
            return identity.withPolicies(remaining);
        });
    }

    @Override
    public Optional<String> defaultConfigurationSet(AccountRegion scope, String fromAddress) {
        Optional<EmailIdentity> sender = identities.find(scope, fromAddress);
        if (sender.isEmpty()) {
            sender = IdentityNames.domainAndParents(IdentityNames.domainOf(fromAddress)).stream()
                    .map(domain -> identities.find(scope, domain))
                    .flatMap(Optional::stream)
                    .filter(identity -> identity.type() == IdentityType.DOMAIN)
                    .findFirst();
        }
        Optional<EmailIdentity> identity = sender.filter(EmailIdentity::verifiedForSending);
        Optional<String> setName = identity.map(EmailIdentity::configurationSetName);
        setName.ifPresent(set -> {
            try {
                configurationSets.requireExists(scope, set);
            } catch (AwsException deleted) {
                if (deleted.type() != AwsErrorType.NOT_FOUND) {
                    throw deleted;
                }
                throw new AwsException(AwsErrorType.BAD_REQUEST, "Configuration set " + set + ", the default "
                        + "configuration set of identity " + identity.get().name() + ", does not exist.");
            }
        });
        return setName;
    }

    /** The domain identity (the address's domain or a parent) whose DKIM key an address would sign with. */
    private Optional<EmailIdentity> signingDomain(AccountRegion caller, EmailIdentity address) {
        return IdentityNames.domainAndParents(IdentityNames.domainOf(address.name())).stream()
                .map(domain -> identities.find(caller, domain))
                .flatMap(Optional::stream)
                .filter(identity -> identity.type() == IdentityType.DOMAIN)
                .filter(identity -> DkimAttributes.SUCCESS.equals(identity.dkimAttributes().Status()))
                .findFirst();
    }

    private static Map<String, String> with(Map<String, String> policies, String name, String policy) {
        Map<String, String> changed = new HashMap<>(policies);
        changed.put(name, policy);
        return changed;
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
