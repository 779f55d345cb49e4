package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.StateContributor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Configuration sets in {@code GET /_mock/state}, each as SES v2's {@code GetConfigurationSet} shows it. */
@Component
class ConfigurationSetState implements StateContributor {

    private final ConfigurationSetRepository configurationSets;

    ConfigurationSetState(ConfigurationSetRepository configurationSets) {
        this.configurationSets = configurationSets;
    }

    @Override
    public String member() {
        return "ConfigurationSets";
    }

    @Override
    public Map<AccountRegion, List<Object>> state() {
        Map<AccountRegion, List<Object>> state = new HashMap<>();
        configurationSets.all().forEach((scope, sets) ->
                state.put(scope, sets.values().stream().<Object>map(GetConfigurationSetResponse::of).toList()));
        return state;
    }
}
