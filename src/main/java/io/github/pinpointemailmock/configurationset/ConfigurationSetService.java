package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.dedicatedippool.DedicatedIpPoolRepository;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.identity.DomainVerification;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.paging.Pages.Page;
import io.github.pinpointemailmock.tag.TagRules;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;

/**
 * The rules of configuration sets, for both faces: what a valid request is, what it may reference, and the quota.
 * Every operation checks everything first and writes last, so a failed call changes nothing.
 */
@Service
public class ConfigurationSetService {

    private static final String LIST_NAME = "configuration-sets";
    private static final String NAME_CONTAINS = "CONFIGURATION_SET_NAME_CONTAINS";

    private final ConfigurationSetRepository configurationSets;
    private final DedicatedIpPoolRepository dedicatedIpPools;
    private final DomainVerification domainVerification;
    private final AwsRequestValidator validator;
    private final Pages pages;
    private final MockProperties properties;

    public ConfigurationSetService(ConfigurationSetRepository configurationSets,
                                   DedicatedIpPoolRepository dedicatedIpPools,
                                   DomainVerification domainVerification,
                                   AwsRequestValidator validator,
                                   Pages pages,
                                   MockProperties properties) {
        this.configurationSets = configurationSets;
        this.dedicatedIpPools = dedicatedIpPools;
        this.domainVerification = domainVerification;
        this.validator = validator;
        this.pages = pages;
        this.properties = properties;
    }

    /**
     * A null request (an empty body; the SDKs always send at least {@code {}}) is a request without members. On
     * Pinpoint Email the SES v2 members are unknown, so ignored.
     */
    public void create(AccountRegion caller, ApiFace face, CreateConfigurationSetRequest requestOrNull) {
        CreateConfigurationSetRequest sent = requestOrNull != null ? requestOrNull : CreateConfigurationSetRequest.EMPTY;
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
        int limit = properties.limits().configurationSets();
        configurationSets.insert(caller, set, limit).orThrow(
                () -> new AwsException(AwsErrorType.ALREADY_EXISTS, "Configuration set " + set.name()
                        + " already exists."),
                () -> new AwsException(AwsErrorType.LIMIT_EXCEEDED, "Maximum number of configuration sets ("
                        + limit + ") reached for this account in " + caller.region() + "."));
    }

    /** The set as the face shows it: Pinpoint Email does not show SES v2's members. */
    public ConfigurationSet get(AccountRegion caller, ApiFace face, String name) {
        ConfigurationSet set = configurationSets.find(caller, name).orElseThrow(() -> notFound(name));
        return face == ApiFace.PINPOINT_EMAIL ? set.pinpointEmailView() : set;
    }

    /** Names in ascending order, a page at a time. */
    public Page<String> list(AccountRegion caller, Integer pageSize, String nextToken) {
        return list(caller, pageSize, nextToken, null);
    }

    /**
     * As {@link #list(AccountRegion, Integer, String)}, through SES v2's filter: its one key,
     * {@code CONFIGURATION_SET_NAME_CONTAINS}, keeps the names that contain the value, ignoring case.
     */
    public Page<String> list(AccountRegion caller, Integer pageSize, String nextToken, Map<String, String> filter) {
        NavigableMap<String, ConfigurationSet> sets = configurationSets.list(caller);
        if (filter != null && !filter.isEmpty()) {
            String part = nameContains(filter).toLowerCase(Locale.ROOT);
            sets.values().removeIf(set -> !set.name().toLowerCase(Locale.ROOT).contains(part));
        }
        return pages.page(LIST_NAME, caller, sets, pageSize, nextToken).map(ConfigurationSet::name);
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

    public void delete(AccountRegion caller, String name) {
        if (!configurationSets.delete(caller, name)) {
            throw notFound(name);
        }
    }

    /** Replaces the delivery options; on Pinpoint Email an SES v2 {@code MaxDeliverySeconds} already set stays. */
    public void putDeliveryOptions(AccountRegion caller, ApiFace face, String name, DeliveryOptions requestOrNull) {
        DeliveryOptions sent = requestOrNull != null ? requestOrNull : new DeliveryOptions(null, null, null);
        DeliveryOptions view = face == ApiFace.PINPOINT_EMAIL ? sent.pinpointEmailView() : sent;
        // On Pinpoint Email a body of only SES v2 members is a body without members.
        DeliveryOptions options = view != null ? view : new DeliveryOptions(null, null, null);
        validator.validate(options);
        requireSendingPoolExists(caller, face, options);
        update(caller, name, set -> set.withDeliveryOptions(face == ApiFace.PINPOINT_EMAIL
                ? new DeliveryOptions(options.TlsPolicy(), options.SendingPoolName(), maxDeliverySeconds(set))
                : options));
    }

    /** Turns reputation metrics on or off; the last fresh start is kept. */
    public void putReputationOptions(AccountRegion caller, String name, ReputationMetricsRequest requestOrNull) {
        Boolean enabled = requestOrNull == null ? null : requestOrNull.ReputationMetricsEnabled();
        update(caller, name, set -> set.withReputationOptions(new ReputationOptions(enabled,
                set.reputationOptions() == null ? null : set.reputationOptions().LastFreshStart())));
    }

    public void putSendingOptions(AccountRegion caller, String name, SendingOptions requestOrNull) {
        SendingOptions options = requestOrNull != null ? requestOrNull : new SendingOptions(null);
        update(caller, name, set -> set.withSendingOptions(options));
    }

    /**
     * Sets the tracking domain, or removes the tracking options when the request names no domain (the member is
     * optional in this operation, unlike in {@code TrackingOptions}).
     */
    public void putTrackingOptions(AccountRegion caller, ApiFace face, String name, TrackingOptions requestOrNull) {
        TrackingOptions sent = requestOrNull != null ? requestOrNull : new TrackingOptions(null, null);
        TrackingOptions options = face == ApiFace.PINPOINT_EMAIL ? sent.pinpointEmailView() : sent;
        if (options.CustomRedirectDomain() == null && options.HttpsPolicy() == null) {
            update(caller, name, set -> set.withTrackingOptions(null));
            return;
        }
        // An HttpsPolicy without a domain fails here too: tracking options always have a domain.
        validator.validate(options);
        requireVerifiedTrackingDomain(caller, options);
        update(caller, name, set -> set.withTrackingOptions(face == ApiFace.PINPOINT_EMAIL
                ? new TrackingOptions(options.CustomRedirectDomain(), httpsPolicy(set))
                : options));
    }

    public void putSuppressionOptions(AccountRegion caller, String name, SuppressionOptions requestOrNull) {
        SuppressionOptions options = requestOrNull != null ? requestOrNull : new SuppressionOptions(null, null, null);
        validator.validate(options);
        update(caller, name, set -> set.withSuppressionOptions(options));
    }

    public void putVdmOptions(AccountRegion caller, String name, VdmOptionsRequest requestOrNull) {
        VdmOptions options = requestOrNull == null ? null : requestOrNull.VdmOptions();
        if (options != null) {
            validator.validate(options);
        }
        update(caller, name, set -> set.withVdmOptions(options));
    }

    public void putArchivingOptions(AccountRegion caller, String name, ArchivingOptions requestOrNull) {
        ArchivingOptions options = requestOrNull != null ? requestOrNull : new ArchivingOptions(null);
        validator.validate(options);
        update(caller, name, set -> set.withArchivingOptions(options.ArchiveArn() == null ? null : options));
    }

    private void update(AccountRegion caller, String name, UnaryOperator<ConfigurationSet> change) {
        configurationSets.update(caller, name, change).orElseThrow(() -> notFound(name));
    }

    /**
     * A blank pool name is refused in the real service's own words; a pool that does not exist is the
     * {@code NotFoundException} the Pinpoint Email reference documents on /v1, and the
     * {@code BadRequestException} the real SES v2 answers on /v2.
     */
    private void requireSendingPoolExists(AccountRegion caller, ApiFace face, DeliveryOptions delivery) {
        if (delivery == null || delivery.SendingPoolName() == null) {
            return;
        }
        String pool = delivery.SendingPoolName();
        if (pool.isBlank()) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "sendingPoolName can't be blank.");
        }
        if (dedicatedIpPools.find(caller, pool).isEmpty()) {
            throw face == ApiFace.PINPOINT_EMAIL
                    ? new AwsException(AwsErrorType.NOT_FOUND, "Dedicated IP pool " + pool + " does not exist.")
                    : new AwsException(AwsErrorType.BAD_REQUEST, "SendingPool " + pool + " doesn't exist");
        }
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

    private static AwsException notFound(String name) {
        return new AwsException(AwsErrorType.NOT_FOUND, "Configuration set " + name + " does not exist.");
    }
}
