package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.dedicatedippool.DedicatedIpPoolService;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.identity.ConfigurationSetLookup;
import io.github.pinpointemailmock.identity.DomainVerification;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.paging.Pages.Page;
import io.github.pinpointemailmock.tag.TagRules;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The rules of configuration sets, for both faces: what a valid request is, what it may reference, and the quota.
 * Every operation checks everything first and writes last, so a failed call changes nothing.
 */
@Service
public class ConfigurationSetService implements ConfigurationSetLookup {

    private static final String NAME_CONTAINS = "CONFIGURATION_SET_NAME_CONTAINS";

    private final ConfigurationSetRepository configurationSets;
    private final DedicatedIpPoolService dedicatedIpPools;
    private final DomainVerification domainVerification;
    private final AwsRequestValidator validator;
    private final Pages pages;
    private final MockProperties properties;
    private final ApplicationEventPublisher events;

    ConfigurationSetService(ConfigurationSetRepository configurationSets,
                            DedicatedIpPoolService dedicatedIpPools,
                            DomainVerification domainVerification,
                            AwsRequestValidator validator,
                            Pages pages,
                            MockProperties properties,
                            ApplicationEventPublisher events) {
        this.configurationSets = configurationSets;
        this.dedicatedIpPools = dedicatedIpPools;
        this.domainVerification = domainVerification;
        this.validator = validator;
        this.pages = pages;
        this.properties = properties;
        this.events = events;
    }

    /** On Pinpoint Email the SES v2 members are unknown, so ignored. */
    void create(AccountRegion caller, ApiFace face, CreateConfigurationSetRequest sent) {
        CreateConfigurationSetRequest request = face == ApiFace.PINPOINT_EMAIL ? sent.pinpointEmailView() : sent;
        validator.validate(request);
        ConfigurationSet set = new ConfigurationSet(
                request.ConfigurationSetName(),
                request.TrackingOptions(),
                request.DeliveryOptions(),
                request.ReputationOptions(),
                request.SendingOptions(),
                TagRules.normalize(request.Tags(), properties.limits().tagsPerResource()),
                request.SuppressionOptions(),
                request.VdmOptions(),
                request.ArchivingOptions());
        requireSendingPoolExists(caller, face, set.deliveryOptions());
        requireVerifiedTrackingDomain(caller, set.trackingOptions());
        configurationSets.insert(caller, set);
    }

    /** The configuration set feature's answer to a name the caller has no set of, for features that name sets. */
    @Override
    public void requireExists(AccountRegion caller, String name) {
        configurationSets.require(caller, name);
    }

    /** What a message sent with the set takes from it; {@code NotFoundException} when the caller has no such set. */
    public SendingConfiguration sendingConfiguration(AccountRegion caller, String name) {
        return SendingConfiguration.of(configurationSets.require(caller, name));
    }

    /** The set as the face shows it: Pinpoint Email does not show SES v2's members. */
    ConfigurationSet get(AccountRegion caller, ApiFace face, String name) {
        ConfigurationSet set = configurationSets.require(caller, name);
        return face == ApiFace.PINPOINT_EMAIL ? set.pinpointEmailView() : set;
    }

    /** Names in ascending order, a page at a time. */
    Page<String> list(AccountRegion caller, Integer pageSize, String nextToken) {
        return pages.page(configurationSets, caller, pageSize, nextToken).map(ConfigurationSet::name);
    }

    /**
     * As {@link #list(AccountRegion, Integer, String)}, through SES v2's filter: its one key,
     * {@code CONFIGURATION_SET_NAME_CONTAINS}, keeps the names that contain the value, ignoring case.
     */
    Page<String> list(AccountRegion caller, Integer pageSize, String nextToken, Map<String, String> filter) {
        if (filter == null || filter.isEmpty()) {
            return list(caller, pageSize, nextToken);
        }
        String part = nameContains(filter).toLowerCase(Locale.ROOT);
        Predicate<ConfigurationSet> containsPart = set -> set.name().toLowerCase(Locale.ROOT).contains(part);
        return pages.page(configurationSets, caller, containsPart, pageSize, nextToken).map(ConfigurationSet::name);
    }

    private static String nameContains(Map<String, String> filter) {
        if (!filter.keySet().equals(Set.of(NAME_CONTAINS))) {
            throw AwsRequestValidator.invalidMember("filter",
                    "Member must have keys that satisfy enum value set: [" + NAME_CONTAINS + "]");
        }
        String part = filter.get(NAME_CONTAINS);
        if (part == null) {
            throw AwsRequestValidator.invalidMember("filter." + NAME_CONTAINS, "Member must not be null");
        }
        return part;
    }

    /** Deletes the set and, through {@link ConfigurationSetDeleted}, what belongs to it. */
    void delete(AccountRegion caller, String name) {
        configurationSets.delete(caller, name);
        events.publishEvent(new ConfigurationSetDeleted(caller, name));
    }

    /** Replaces the delivery options; on Pinpoint Email an SES v2 {@code MaxDeliverySeconds} already set stays. */
    void putDeliveryOptions(AccountRegion caller, ApiFace face, String name, DeliveryOptions sent) {
        DeliveryOptions view = face == ApiFace.PINPOINT_EMAIL ? sent.pinpointEmailView() : sent;
        // On Pinpoint Email a body of only SES v2 members is a body without members.
        DeliveryOptions options = view != null ? view : new DeliveryOptions(null, null, null);
        validator.validate(options);
        requireSendingPoolExists(caller, face, options);
        configurationSets.update(caller, name, set -> set.withDeliveryOptions(face == ApiFace.PINPOINT_EMAIL
                ? new DeliveryOptions(options.TlsPolicy(), options.SendingPoolName(), maxDeliverySeconds(set))
                : options));
    }

    /** Turns reputation metrics on or off; the last fresh start is kept. */
    void putReputationOptions(AccountRegion caller, String name, ReputationMetricsRequest request) {
        Boolean enabled = request.ReputationMetricsEnabled();
        configurationSets.update(caller, name, set -> set.withReputationOptions(new ReputationOptions(enabled,
                set.reputationOptions() == null ? null : set.reputationOptions().LastFreshStart())));
    }

    void putSendingOptions(AccountRegion caller, String name, SendingOptions options) {
        configurationSets.update(caller, name, set -> set.withSendingOptions(options));
    }

    /**
     * Sets the tracking domain, or removes the tracking options when the request names no domain (the member is
     * optional in this operation, unlike in {@code TrackingOptions}).
     */
    void putTrackingOptions(AccountRegion caller, ApiFace face, String name, TrackingOptions sent) {
        TrackingOptions options = face == ApiFace.PINPOINT_EMAIL ? sent.pinpointEmailView() : sent;
        if (options.CustomRedirectDomain() == null && options.HttpsPolicy() == null) {
            configurationSets.update(caller, name, set -> set.withTrackingOptions(null));
            return;
        }
        // An HttpsPolicy without a domain fails here too: tracking options always have a domain.
        validator.validate(options);
        requireVerifiedTrackingDomain(caller, options);
        configurationSets.update(caller, name, set -> set.withTrackingOptions(face == ApiFace.PINPOINT_EMAIL
                ? new TrackingOptions(options.CustomRedirectDomain(), httpsPolicy(set))
                : options));
    }

    void putSuppressionOptions(AccountRegion caller, String name, SuppressionOptions options) {
        validator.validate(options);
        configurationSets.update(caller, name, set -> set.withSuppressionOptions(options));
    }

    void putVdmOptions(AccountRegion caller, String name, VdmOptionsRequest request) {
        VdmOptions options = request.VdmOptions();
        if (options != null) {
            validator.validate(options);
        }
        configurationSets.update(caller, name, set -> set.withVdmOptions(options));
    }

    void putArchivingOptions(AccountRegion caller, String name, ArchivingOptions options) {
        validator.validate(options);
        ArchivingOptions stored = options.ArchiveArn() == null ? null : options;
        configurationSets.update(caller, name, set -> set.withArchivingOptions(stored));
    }

    /** A blank pool name is refused in the real service's own words; a missing pool as the pool feature answers. */
    private void requireSendingPoolExists(AccountRegion caller, ApiFace face, DeliveryOptions delivery) {
        if (delivery == null || delivery.SendingPoolName() == null) {
            return;
        }
        if (delivery.SendingPoolName().isBlank()) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "sendingPoolName can't be blank.");
        }
        dedicatedIpPools.requireExists(caller, face, delivery.SendingPoolName());
    }

    private void requireVerifiedTrackingDomain(AccountRegion caller, TrackingOptions tracking) {
        if (tracking == null || !properties.validation().requireVerifiedTrackingDomain()) {
            return;
        }
        String domain = tracking.CustomRedirectDomain();
        if (!domainVerification.isVerifiedDomain(caller, domain)) {
            throw new AwsException(AwsErrorType.BAD_REQUEST,
                    "Domain " + domain + " is not verified under this account.");
        }
    }

    private static Long maxDeliverySeconds(ConfigurationSet set) {
        return set.deliveryOptions() == null ? null : set.deliveryOptions().MaxDeliverySeconds();
    }

    private static String httpsPolicy(ConfigurationSet set) {
        return set.trackingOptions() == null ? null : set.trackingOptions().HttpsPolicy();
    }
}
