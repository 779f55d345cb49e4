package io.github.pinpointemailmock.suppression;

import io.github.pinpointemailmock.json.EpochSeconds;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An address on an account's suppression list, as SES v2 shows it (in {@code GetSuppressedDestination}, in
 * {@code ListSuppressedDestinations}' summaries and in {@code GET /_mock/state}); {@code Attributes} is left out, as
 * the emulator sends nothing whose message or feedback id it could name.
 */
record SuppressedDestination(
        String EmailAddress,
        String Reason,
        @JsonSerialize(using = EpochSeconds.Serializer.class) Instant LastUpdateTime) {
}
