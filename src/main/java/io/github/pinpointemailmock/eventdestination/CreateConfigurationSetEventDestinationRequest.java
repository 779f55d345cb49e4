package io.github.pinpointemailmock.eventdestination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The body of {@code CreateConfigurationSetEventDestination}; the set's name is in the path. */
record CreateConfigurationSetEventDestinationRequest(
        @NotNull String EventDestinationName,
        @NotNull @Valid EventDestinationDefinition EventDestination) {
}
