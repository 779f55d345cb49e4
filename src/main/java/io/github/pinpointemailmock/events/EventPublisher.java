package io.github.pinpointemailmock.events;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.eventdelivery.DeliveryResult;
import io.github.pinpointemailmock.eventdelivery.EventDeliveryRequest;
import io.github.pinpointemailmock.eventdelivery.EventDeliveryService;
import io.github.pinpointemailmock.eventdelivery.EventTarget;
import io.github.pinpointemailmock.eventdestination.EventDestination;
import io.github.pinpointemailmock.eventdestination.EventDestinationService;
import io.github.pinpointemailmock.mailbox.CapturedEmail;
import io.github.pinpointemailmock.mailbox.MailboxListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what became of each message sent with a configuration set into SES events: {@code Send}, then per recipient
 * its {@code Delivery}, {@code Bounce} or {@code Complaint}, and a {@code Rendering Failure} for a template that
 * could not be rendered. Each event goes to every enabled destination of the set whose {@code MatchingEventTypes}
 * include it: recorded, then handed to the delivery, which never blocks.
 */
@Component
class EventPublisher implements MailboxListener {

    /** Plain JSON, without the web layer's settings: the event is SES's own text. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SesEventFactory factory;
    private final EventDestinationService destinations;
    private final EventDeliveryService delivery;
    private final EventLog log;

    EventPublisher(SesEventFactory factory, EventDestinationService destinations, EventDeliveryService delivery,
                   EventLog log) {
        this.factory = factory;
        this.destinations = destinations;
        this.delivery = delivery;
        this.log = log;
    }

    @Override
    public void added(CapturedEmail email) {
        if (email.configurationSet() == null) {
            return;
        }
        List<EventDestination> routes = destinations.destinations(caller(email), email.configurationSet());
        if (routes.stream().noneMatch(EventDestination::Enabled)) {
            return;
        }
        publish(email, null, SesEventType.SEND, factory.send(email), routes);
        boolean renderingFailed = false;
        for (CapturedEmail.Recipient recipient : email.recipients()) {
            String address = recipient.address();
            switch (recipient.outcome()) {
                case "DELIVERED" -> publish(email, address, SesEventType.DELIVERY, factory.delivery(email, address),
                        routes);
                case "BOUNCED", "SUPPRESSED" -> publish(email, address, SesEventType.BOUNCE, factory.bounce(email,
                        address, recipient.bounceType(), recipient.bounceSubType(), "5.1.1",
                        recipient.diagnosticCode()), routes);
                case "COMPLAINED" -> {
                    // The mailbox simulator's complaint@ accepts the message, then its recipient complains.
                    publish(email, address, SesEventType.DELIVERY, factory.delivery(email, address), routes);
                    publish(email, address, SesEventType.COMPLAINT, factory.complaint(email, address, "abuse",
                            "Amazon SES Mailbox Simulator"), routes);
                }
                case "REJECTED" -> publish(email, address, SesEventType.REJECT, factory.reject(email), routes);
                case "RENDERING_FAILURE" -> renderingFailed = true;
                default -> {
                    // An outcome this feature does not know of publishes nothing rather than a wrong event.
                }
            }
        }
        if (renderingFailed) {
            publish(email, null, SesEventType.RENDERING_FAILURE, factory.renderingFailure(email), routes);
        }
    }

    /** Publishes one event of a message to its set's destinations now; what was recorded, one per destination. */
    List<RecordedEvent> publishLater(CapturedEmail email, String recipient, SesEventType type,
                                     Map<String, Object> event) {
        if (email.configurationSet() == null) {
            return List.of();
        }
        return publish(email, recipient, type, event,
                destinations.destinations(caller(email), email.configurationSet()));
    }

    private List<RecordedEvent> publish(CapturedEmail email, String recipient, SesEventType type,
                                        Map<String, Object> event, List<EventDestination> routes) {
        List<EventDestination> matching = routes.stream()
                .filter(destination -> destination.publishes(type.matchingType())).toList();
        if (matching.isEmpty()) {
            return List.of();
        }
        String json = JSON.writeValueAsString(event);
        List<RecordedEvent> recorded = new ArrayList<>();
        List<EventDeliveryRequest> requests = new ArrayList<>();
        for (EventDestination destination : matching) {
            EventTarget target = target(destination);
            recorded.add(new RecordedEvent(UUID.randomUUID().toString(), factory.now(), type, email.messageId(),
                    email.account(), email.region(), email.configurationSet(), recipient,
                    RecordedEvent.Destination.of(destination.Name(), target), json));
            requests.add(new EventDeliveryRequest(type.eventType(), json, target));
        }
        // Recorded before it is handed over, so a result that comes back at once finds its event.
        log.add(recorded);
        for (int i = 0; i < recorded.size(); i++) {
            RecordedEvent record = recorded.get(i);
            DeliveryResult answer;
            try {
                answer = delivery.submit(requests.get(i), record::delivered);
            } catch (RuntimeException e) {
                // The delivery promises never to throw; should it, the event stays recorded, its delivery failed.
                answer = new DeliveryResult(DeliveryResult.Status.FAILED, String.valueOf(e.getMessage()), 0);
            }
            record.submitted(answer);
        }
        return recorded;
    }

    static EventTarget target(EventDestination destination) {
        if (destination.snsTopicArn() != null) {
            return new EventTarget(EventTarget.Kind.SNS, destination.snsTopicArn(), null, null);
        }
        if (destination.eventBusArn() != null) {
            return new EventTarget(EventTarget.Kind.EVENT_BRIDGE, destination.eventBusArn(), null, null);
        }
        if (destination.deliveryStreamArn() != null) {
            return new EventTarget(EventTarget.Kind.FIREHOSE, destination.deliveryStreamArn(),
                    destination.firehoseRoleArn(), null);
        }
        if (destination.isCloudWatch()) {
            return new EventTarget(EventTarget.Kind.CLOUD_WATCH, null, null, destination.dimensions().stream()
                    .map(d -> new EventTarget.CloudWatchDimension(d.name(), d.valueSource(), d.defaultValue()))
                    .toList());
        }
        return new EventTarget(EventTarget.Kind.PINPOINT, destination.pinpointApplicationArn(), null, null);
    }

    private static AccountRegion caller(CapturedEmail email) {
        return new AccountRegion(email.account(), email.region());
    }
}
