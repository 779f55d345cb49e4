package io.github.pinpointemailmock.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Map<String, Object> list(EventQuery query, @RequestParam(required = false) Integer limit) {
        List<RecordedEvent> found = service.find(query.filter());
        List<RecordedEvent> shown = limit == null ? found
                : found.subList(0, Math.min(Math.max(limit, 0), found.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", found.size());
        body.put("events", shown);
        return body;
    }

    /** Forgets the recorded events matching every filter given. */
    @DeleteMapping("/_mock/events")
    Map<String, Object> delete(EventQuery query) {
        return Map.of("deleted", service.delete(query.filter()));
    }

    @PostMapping("/_mock/emails/{messageId}/events")
    EventsService.OnDemandResult raise(@PathVariable String messageId,
                                       @RequestBody(required = false) OnDemandEventRequest request) {
        return service.raise(messageId, request != null ? request : new OnDemandEventRequest(null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null));
    }
}
