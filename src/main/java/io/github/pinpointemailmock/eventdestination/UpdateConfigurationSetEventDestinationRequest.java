package io.github.pinpointemailmock.eventdestination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The body of {@code UpdateConfigurationSetEventDestination}; both names are in the path. */
record UpdateConfigurationSetEventDestinationRequest(@NotNull @Valid EventDestinationDefinition EventDestination) {
}
