package io.github.pinpointemailmock.dedicatedippool;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.paging.PageTokens;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import jakarta.validation.Validation;

/** The real dedicated IP pool service, for unit tests of features that reference pools. */
public final class DedicatedIpPools {

    private DedicatedIpPools() {
    }

    /** A service over an empty store, with the pools that {@code properties} declares in every scope. */
    public static DedicatedIpPoolService service(MockProperties properties) {
        return new DedicatedIpPoolService(new DedicatedIpPoolRepository(properties),
                new DedicatedIpRepository(properties), new AwsRequestValidator(Validation.buildDefaultValidatorFactory().getValidator()),
                new Pages(new PageTokens()), properties);
    }
}
