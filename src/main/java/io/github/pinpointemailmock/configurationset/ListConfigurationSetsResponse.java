package io.github.pinpointemailmock.configurationset;

import java.util.List;

/** The {@code ListConfigurationSets} output; {@code NextToken} is left out on the last page. */
record ListConfigurationSetsResponse(List<String> ConfigurationSets, String NextToken) {
}
