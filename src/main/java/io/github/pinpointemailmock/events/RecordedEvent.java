package io.github.pinpointemailmock.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.github.pinpointemailmock.eventdelivery.DeliveryResult;
import io.github.pinpointemailmock.eventdelivery.EventTarget;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One event published to one destination, as {@code GET /_mock/events} shows it (the control plane's camelCase):
 * what happened, where it went, and what became of handing it over, which the delivery settles later.
 */
@JsonPropertyOrder({"id", "timestamp", "eventType", "messageId", "account", "region", "configurationSet",
        "recipient", "destination", "delivery", "event"})
@JsonInclude(JsonInclude.Include.NON_NULL)
final class RecordedEvent {

    private final String id;
    private final Instant recordedAt;
    private final SesEventType type;
    private final String messageId;
    private final String account;
    private final String region;
    private final String configurationSet;
    private final String recipient;
    private final Destination destination;
    private final String eventJson;
    private final long size;
    private final AtomicReference<DeliveryResult> result = new AtomicReference<>();

    RecordedEvent(String id, Instant recordedAt, SesEventType type, String messageId, String account, String region,
                  String configurationSet, String recipient, Destination destination, String eventJson) {
        this.id = id;
        this.recordedAt = recordedAt;
        this.type = type;
        this.messageId = messageId;
        this.account = account;
        this.region = region;
        this.configurationSet = configurationSet;
        this.recipient = recipient;
        this.destination = destination;
        this.eventJson = eventJson;
        this.size = SesEventFactory.utf8Length(eventJson);
    }

    public String getId() {
        return id;
    }

    public String getTimestamp() {
        return recordedAt.toString();
    }

    public String getEventType() {
        return type.eventType();
    }

    @JsonIgnore
    SesEventType type() {
        return type;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getAccount() {
        return account;
    }

    public String getRegion() {
        return region;
    }

    public String getConfigurationSet() {
        return configurationSet;
    }

    /** The recipient a per-recipient event is about; null for {@code Send}, {@code Reject}, a rendering failure. */
    public String getRecipient() {
        return recipient;
    }

    public Destination getDestination() {
        return destination;
    }

    public Delivery getDelivery() {
        DeliveryResult current = result.get();
        return current == null ? new Delivery(DeliveryResult.Status.PENDING.name(), null, 0)
                : new Delivery(current.status().name(), current.reason(), current.attempts());
    }

    /** The event exactly as SES publishes it. */
    @JsonRawValue
    public String getEvent() {
        return eventJson;
    }

    @JsonIgnore
    String eventJson() {
        return eventJson;
    }

    /** What the event's JSON weighs in UTF-8, which {@code mock.events.max-stored-bytes} bounds. */
    @JsonIgnore
    long size() {
        return size;
    }

    @JsonIgnore
    DeliveryResult.Status status() {
        DeliveryResult current = result.get();
        return current == null ? DeliveryResult.Status.PENDING : current.status();
    }

    /** What {@code submit} answered; a final result that came first is kept. */
    void submitted(DeliveryResult answer) {
        result.compareAndSet(null, answer);
    }

    /** The final result of a delivery that was pending. */
    void delivered(DeliveryResult outcome) {
        result.set(outcome);
    }

    /**
     * The destination as the control plane shows it.
     *
     * @param kind {@code SNS}, {@code EVENT_BRIDGE}, {@code FIREHOSE}, {@code CLOUD_WATCH} or {@code PINPOINT}
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Destination(String name, String kind, String arn, String iamRoleArn,
                       List<EventTarget.CloudWatchDimension> dimensions) {

        static Destination of(String name, EventTarget target) {
            return new Destination(name, target.kind().name(), target.arn(), target.iamRoleArn(),
                    target.dimensions());
        }
    }

    /** @param status {@code PENDING}, {@code DELIVERED}, {@code FAILED} or {@code RECORDED_ONLY} */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Delivery(String status, String reason, int attempts) {
    }
}
