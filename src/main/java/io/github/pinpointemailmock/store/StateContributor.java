package io.github.pinpointemailmock.store;

import io.github.pinpointemailmock.caller.AccountRegion;
import java.util.List;
import java.util.Map;

/** One kind of resource in {@code GET /_mock/state}: its resources per account and region, as SES v2 shows them. */
public interface StateContributor {

    /** The member the resources appear under, e.g. {@code ConfigurationSets}. */
    String member();

    Map<AccountRegion, List<Object>> state();
}
