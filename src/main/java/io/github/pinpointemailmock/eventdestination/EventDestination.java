package io.github.pinpointemailmock.eventdestination;

import io.github.pinpointemailmock.eventdestination.EventDestinationDefinition.CloudWatchDestination;
import io.github.pinpointemailmock.eventdestination.EventDestinationDefinition.EventBridgeDestination;
import io.github.pinpointemailmock.eventdestination.EventDestinationDefinition.KinesisFirehoseDestination;
import io.github.pinpointemailmock.eventdestination.EventDestinationDefinition.PinpointDestination;
import io.github.pinpointemailmock.eventdestination.EventDestinationDefinition.SnsDestination;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One event destination of a configuration set, as {@code GetConfigurationSetEventDestinations} shows it (the wire's
 * {@code EventDestination}).
 *
 * @param Enabled whether events are sent; a definition that leaves it out makes a disabled destination, as the
 *                boolean's default on SES
 */
public record EventDestination(
        String Name,
        boolean Enabled,
        List<String> MatchingEventTypes,
        KinesisFirehoseDestination KinesisFirehoseDestination,
        CloudWatchDestination CloudWatchDestination,
        SnsDestination SnsDestination,
        EventBridgeDestination EventBridgeDestination,
        PinpointDestination PinpointDestination) {

    public EventDestination {
        MatchingEventTypes = List.copyOf(MatchingEventTypes);
    }

    static EventDestination of(String name, EventDestinationDefinition definition) {
        return new EventDestination(name, Boolean.TRUE.equals(definition.Enabled()),
                definition.MatchingEventTypes().stream().distinct().toList(),
                definition.KinesisFirehoseDestination(), definition.CloudWatchDestination(),
                definition.SnsDestination(), definition.EventBridgeDestination(), definition.PinpointDestination());
    }

    /** As Pinpoint Email shows it: without the EventBridge destination and the event types its model lacks. */
    EventDestination pinpointEmailView() {
        return new EventDestination(Name, Enabled,
                MatchingEventTypes.stream().filter(EventDestinationService.V1_EVENT_TYPES::contains).toList(),
                KinesisFirehoseDestination, CloudWatchDestination, SnsDestination, null, PinpointDestination);
    }

    /** Whether an event of this {@code EventType} ({@code SEND}, {@code BOUNCE}, ...) is published here. */
    public boolean publishes(String eventType) {
        return Enabled && MatchingEventTypes.contains(eventType);
    }

    /** The topic ARN of an SNS destination, else null. */
    public String snsTopicArn() {
        return SnsDestination == null ? null : SnsDestination.TopicArn();
    }

    public String eventBusArn() {
        return EventBridgeDestination == null ? null : EventBridgeDestination.EventBusArn();
    }

    public String deliveryStreamArn() {
        return KinesisFirehoseDestination == null ? null : KinesisFirehoseDestination.DeliveryStreamArn();
    }

    public String firehoseRoleArn() {
        return KinesisFirehoseDestination == null ? null : KinesisFirehoseDestination.IamRoleArn();
    }

    public String pinpointApplicationArn() {
        return PinpointDestination == null ? null : PinpointDestination.ApplicationArn();
    }

    // Not members of the wire's EventDestination: Jackson would write an is-getter as one.
    @JsonIgnore
    public boolean isCloudWatch() {
        return CloudWatchDestination != null;
    }

    @JsonIgnore
    public boolean isPinpoint() {
        return PinpointDestination != null;
    }

    /** The CloudWatch dimension configurations as name, value source and default value, else empty. */
    public List<Dimension> dimensions() {
        return CloudWatchDestination == null ? List.of() : CloudWatchDestination.DimensionConfigurations().stream()
                .map(d -> new Dimension(d.DimensionName(), d.DimensionValueSource(), d.DefaultDimensionValue()))
                .toList();
    }

    public record Dimension(String name, String valueSource, String defaultValue) {
    }
}
