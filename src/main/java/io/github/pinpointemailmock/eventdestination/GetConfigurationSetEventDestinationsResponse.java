package io.github.pinpointemailmock.eventdestination;

import java.util.List;

record GetConfigurationSetEventDestinationsResponse(List<EventDestination> EventDestinations) {
}
