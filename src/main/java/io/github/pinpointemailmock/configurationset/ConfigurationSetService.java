package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.dedicatedippool.DedicatedIpPoolRepository;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.tag.TagRules;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import org.springframework.stereotype.Service;

/** The rules of configuration sets: what a valid request is, what it may reference, and the quota. */
@Service
public class ConfigurationSetService {

    private final ConfigurationSetRepository configurationSets;
    private final DedicatedIpPoolRepository dedicatedIpPools;
    private final AwsRequestValidator validator;
    private final MockProperties.Limits limits;

    public ConfigurationSetService(ConfigurationSetRepository configurationSets,
                                   DedicatedIpPoolRepository dedicatedIpPools,
                                   AwsRequestValidator validator,
                                   MockProperties properties) {
        this.configurationSets = configurationSets;
        this.dedicatedIpPools = dedicatedIpPools;
        this.validator = validator;
        this.limits = properties.limits();
    }

    /**
     * Checks everything first and writes last, so a failed create changes nothing. A null request (an empty body;
     * the SDKs always send at least {@code {}}) is a request without members.
     */
    public void create(AccountRegion caller, CreateConfigurationSetRequest requestOrNull) {
        CreateConfigurationSetRequest request =
                requestOrNull != null ? requestOrNull : CreateConfigurationSetRequest.EMPTY;
        validator.validate(request);
        ConfigurationSet set = new ConfigurationSet(
                request.ConfigurationSetName(),
                request.TrackingOptions(),
                request.DeliveryOptions(),
                request.ReputationOptions(),
                request.SendingOptions(),
                TagRules.normalize(request.Tags()));
        requireSendingPoolExists(caller, set.deliveryOptions());
        switch (configurationSets.insert(caller, set, limits.configurationSets())) {
            case INSERTED -> { }
            case NAME_TAKEN -> throw new AwsException(AwsErrorType.ALREADY_EXISTS,
                    "Configuration set " + set.name() + " already exists.");
            case LIMIT_REACHED -> throw new AwsException(AwsErrorType.LIMIT_EXCEEDED,
                    "Maximum number of configuration sets (" + limits.configurationSets()
                            + ") reached for this account in " + caller.region() + ".");
        }
    }

    private void requireSendingPoolExists(AccountRegion caller, DeliveryOptions delivery) {
        if (delivery == null || delivery.SendingPoolName() == null) {
            return;
        }
        String pool = delivery.SendingPoolName();
        if (pool.isBlank()) {
            // The real service's wording, which is not the usual validation phrase.
            throw new AwsException(AwsErrorType.BAD_REQUEST, "sendingPoolName can't be blank.");
        }
        if (!dedicatedIpPools.exists(caller, pool)) {
            throw new AwsException(AwsErrorType.NOT_FOUND, "Dedicated IP pool " + pool + " does not exist.");
        }
    }
}
