package io.github.pinpointemailmock.eventdestination;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The event destinations of one configuration set, in the order they were created: stored as one item per set, so
 * the per-set quota and the name check are one atomic update.
 */
record ConfigurationSetEventDestinations(String ConfigurationSetName, List<EventDestination> EventDestinations) {

    ConfigurationSetEventDestinations {
        EventDestinations = List.copyOf(EventDestinations);
    }

    static ConfigurationSetEventDestinations empty(String setName) {
        return new ConfigurationSetEventDestinations(setName, List.of());
    }

    Optional<EventDestination> find(String name) {
        return EventDestinations.stream().filter(destination -> destination.Name().equals(name)).findFirst();
    }

    ConfigurationSetEventDestinations with(EventDestination added) {
        List<EventDestination> all = new ArrayList<>(EventDestinations);
        all.add(added);
        return new ConfigurationSetEventDestinations(ConfigurationSetName, all);
    }

    ConfigurationSetEventDestinations replacing(EventDestination replacement) {
        return new ConfigurationSetEventDestinations(ConfigurationSetName, EventDestinations.stream()
                .map(existing -> existing.Name().equals(replacement.Name()) ? replacement : existing).toList());
    }

    ConfigurationSetEventDestinations without(String name) {
        return new ConfigurationSetEventDestinations(ConfigurationSetName, EventDestinations.stream()
                .filter(existing -> !existing.Name().equals(name)).toList());
    }
}
