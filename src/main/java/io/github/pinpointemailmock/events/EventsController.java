package io.github.pinpointemailmock.events;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published events on the control plane: {@code GET} and {@code DELETE /_mock/events}, and
 * {@code POST /_mock/emails/{messageId}/events} to make a later event happen. Never throttled, faulted or
 * authenticated; errors in the AWS error format.
 */
@RestController
class EventsController {

    private final EventsService service;

    EventsController(EventsService service) {
        this.service = service;
    }

    /** The recorded events, newest first, those matching every filter given. */
    @GetMapping("/_mock/events")
    Map<String, Object> list(@RequestParam(required = false) String messageId,
                             @RequestParam(required = false) String type,
                             @RequestParam(required = false) String destination,
                             @RequestParam(required = false) String configurationSet,
                             @RequestParam(required = false) String account,
                             @RequestParam(required = false) String region,
                             @RequestParam(required = false) String recipient,
                             @RequestParam(required = false) Integer limit) {
        List<RecordedEvent> found = service.find(filter(messageId, type, destination, configurationSet, account,
                region, recipient));
        List<RecordedEvent> shown = limit == null ? found
                : found.subList(0, Math.min(Math.max(limit, 0), found.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", found.size());
        body.put("events", shown);
        return body;
    }

    @DeleteMapping("/_mock/events")
    Map<String, Object> delete(@RequestParam(required = false) String messageId,
                               @RequestParam(required = false) String type,
                               @RequestParam(required = false) String destination,
                               @RequestParam(required = false) String configurationSet,
                               @RequestParam(required = false) String account,
                               @RequestParam(required = false) String region,
                               @RequestParam(required = false) String recipient) {
        return Map.of("deleted", service.delete(filter(messageId, type, destination, configurationSet, account,
                region, recipient)));
    }

    @PostMapping("/_mock/emails/{messageId}/events")
    EventsService.OnDemandResult raise(@PathVariable String messageId,
                                       @RequestBody(required = false) OnDemandEventRequest request) {
        return service.raise(messageId, request != null ? request : new OnDemandEventRequest(null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    private static Predicate<RecordedEvent> filter(String messageId, String type, String destination,
                                                   String configurationSet, String account, String region,
                                                   String recipient) {
        // A misspelt type would match nothing, and a DELETE with it would silently delete nothing.
        String wantedType = type == null ? null : SesEventType.normalized(SesEventType.parse(type)
                .orElseThrow(() -> new AwsException(AwsErrorType.BAD_REQUEST, "type " + type + " is not an event "
                        + "type; it must be one of " + Arrays.stream(SesEventType.values())
                        .map(SesEventType::eventType).collect(Collectors.joining(", ")) + "."))
                .eventType());
        return event -> (messageId == null || messageId.equals(event.getMessageId()))
                && (wantedType == null || wantedType.equals(SesEventType.normalized(event.getEventType())))
                && (destination == null || destination.equals(event.getDestination().name()))
                && (configurationSet == null || configurationSet.equals(event.getConfigurationSet()))
                && (account == null || account.equals(event.getAccount()))
                && (region == null || region.equals(event.getRegion()))
                && (recipient == null || recipient.equalsIgnoreCase(event.getRecipient()));
    }
}
