package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.tag.ResourceTags;
import io.github.pinpointemailmock.tag.Tag;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/** The tags of configuration sets, for the tagging operations. */
@Component
public class ConfigurationSetTags implements ResourceTags {

    private final ConfigurationSetRepository configurationSets;

    public ConfigurationSetTags(ConfigurationSetRepository configurationSets) {
        this.configurationSets = configurationSets;
    }

    @Override
    public String resourceType() {
        return "configuration-set";
    }

    @Override
    public Optional<List<Tag>> find(AccountRegion scope, String name) {
        return configurationSets.find(scope, name).map(ConfigurationSet::tags);
    }

    @Override
    public boolean update(AccountRegion scope, String name, UnaryOperator<List<Tag>> change) {
        return configurationSets.update(scope, name, set -> set.withTags(change.apply(set.tags()))).isPresent();
    }
}
