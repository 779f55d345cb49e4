package io.github.pinpointemailmock.eventdestination;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.store.ResourceKind;
import io.github.pinpointemailmock.store.ScopedRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/**
 * The event destinations of every configuration set, one item per set that has any, by set name; in
 * {@code GET /_mock/state} under {@code ConfigurationSetEventDestinations}. Sets themselves are bounded by their own
 * quota, so this store needs none of its own.
 */
@Repository
class EventDestinationRepository extends ScopedRepository<ConfigurationSetEventDestinations> {

    EventDestinationRepository() {
        super(ResourceKind.of("Configuration set", "configuration sets",
                ConfigurationSetEventDestinations::ConfigurationSetName,
                "ConfigurationSetEventDestinations", destinations -> destinations), Integer.MAX_VALUE);
    }

    /**
     * As stored, less the sets whose last destination was deleted: their item stays (removing it could lose a
     * destination a concurrent create adds), but shows nothing.
     */
    @Override
    public Map<AccountRegion, List<Object>> state() {
        Map<AccountRegion, List<Object>> state = new HashMap<>();
        super.state().forEach((scope, sets) -> {
            List<Object> withDestinations = sets.stream().filter(set ->
                    !((ConfigurationSetEventDestinations) set).EventDestinations().isEmpty()).toList();
            if (!withDestinations.isEmpty()) {
                state.put(scope, withDestinations);
            }
        });
        return state;
    }
}
