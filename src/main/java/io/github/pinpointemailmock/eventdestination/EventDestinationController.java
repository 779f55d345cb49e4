package io.github.pinpointemailmock.eventdestination;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.ServesOperation;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event destinations of a configuration set, on both faces; operations without output members answer
 * {@code {}}.
 */
@RestController
class EventDestinationController {

    private final EventDestinationService service;

    EventDestinationController(EventDestinationService service) {
        this.service = service;
    }

    @PostMapping({"/v1/email/configuration-sets/{name}/event-destinations",
            "/v2/email/configuration-sets/{name}/event-destinations"})
    @ServesOperation(Operation.CREATE_CONFIGURATION_SET_EVENT_DESTINATION)
    Map<String, Object> create(AccountRegion caller, ApiFace face, @PathVariable String name,
                               @RequestBody(required = false) CreateConfigurationSetEventDestinationRequest request) {
        service.create(caller, face, name, request);
        return Map.of();
    }

    @GetMapping({"/v1/email/configuration-sets/{name}/event-destinations",
            "/v2/email/configuration-sets/{name}/event-destinations"})
    @ServesOperation(Operation.GET_CONFIGURATION_SET_EVENT_DESTINATIONS)
    GetConfigurationSetEventDestinationsResponse get(AccountRegion caller, ApiFace face, @PathVariable String name) {
        return new GetConfigurationSetEventDestinationsResponse(service.list(caller, face, name));
    }

    @PutMapping({"/v1/email/configuration-sets/{name}/event-destinations/{destination}",
            "/v2/email/configuration-sets/{name}/event-destinations/{destination}"})
    @ServesOperation(Operation.UPDATE_CONFIGURATION_SET_EVENT_DESTINATION)
    Map<String, Object> update(AccountRegion caller, ApiFace face, @PathVariable String name,
                               @PathVariable String destination,
                               @RequestBody(required = false) UpdateConfigurationSetEventDestinationRequest request) {
        service.update(caller, face, name, destination, request);
        return Map.of();
    }

    @DeleteMapping({"/v1/email/configuration-sets/{name}/event-destinations/{destination}",
            "/v2/email/configuration-sets/{name}/event-destinations/{destination}"})
    @ServesOperation(Operation.DELETE_CONFIGURATION_SET_EVENT_DESTINATION)
    Map<String, Object> delete(AccountRegion caller, @PathVariable String name, @PathVariable String destination) {
        service.delete(caller, name, destination);
        return Map.of();
    }
}
