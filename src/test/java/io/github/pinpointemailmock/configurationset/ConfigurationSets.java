package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.dedicatedippool.DedicatedIpPools;
import io.github.pinpointemailmock.identity.ConfigurationSetLookup;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.paging.PageTokens;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.support.TestProperties;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import jakarta.validation.Validation;

/** The real configuration set feature, for unit tests of features that reference configuration sets. */
public final class ConfigurationSets {

    private ConfigurationSets() {
    }

    /** The configuration set service, as other features see it, holding the named sets of {@code scope}. */
    public static ConfigurationSetLookup holding(AccountRegion scope, String... names) {
        MockProperties properties = TestProperties.defaults();
        ConfigurationSetService service = new ConfigurationSetService(new ConfigurationSetRepository(properties),
                DedicatedIpPools.service(properties), (caller, domain) -> true,
                new AwsRequestValidator(Validation.buildDefaultValidatorFactory().getValidator()),
                new Pages(new PageTokens()), properties, event -> { });
        for (String name : names) {
            service.create(scope, ApiFace.SES_V2,
                    new CreateConfigurationSetRequest(name, null, null, null, null, null, null, null, null));
        }
        return service;
    }
}
