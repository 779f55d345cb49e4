package io.github.pinpointemailmock.configurationset;

import io.github.pinpointemailmock.json.EpochSeconds;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Reputation metrics; {@code LastFreshStart} travels as epoch seconds, a JSON number. */
record ReputationOptions(
        Boolean ReputationMetricsEnabled,
        @JsonSerialize(using = EpochSeconds.Serializer.class)
        @JsonDeserialize(using = EpochSeconds.Deserializer.class)
        Instant LastFreshStart) {
}
