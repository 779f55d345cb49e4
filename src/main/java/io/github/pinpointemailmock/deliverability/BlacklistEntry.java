package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.json.EpochSeconds;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonSerialize;

/** A listing as {@code GetBlacklistReports} shows it. */
record BlacklistEntry(String RblName,
                      @JsonSerialize(using = EpochSeconds.Serializer.class) Instant ListingTime,
                      String Description) {
}
