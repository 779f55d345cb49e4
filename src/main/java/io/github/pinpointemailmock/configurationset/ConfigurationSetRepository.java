package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.store.ResourceKind;
import io.github.pinpointemailmock.tag.TaggableRepository;
import org.springframework.stereotype.Repository;

/** Configuration sets, by name; in {@code GET /_mock/state} each as SES v2's {@code GetConfigurationSet} shows it. */
@Repository
class ConfigurationSetRepository extends TaggableRepository<ConfigurationSet> {

    ConfigurationSetRepository(MockProperties properties) {
        super("configuration-set",
                ResourceKind.of("Configuration set", "configuration sets", ConfigurationSet::name,
                        "ConfigurationSets", GetConfigurationSetResponse::of),
                properties.limits().configurationSets());
    }
}
