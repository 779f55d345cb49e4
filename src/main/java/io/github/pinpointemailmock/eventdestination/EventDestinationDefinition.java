package io.github.pinpointemailmock.eventdestination;

import io.github.pinpointemailmock.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * {@code EventDestinationDefinition}, the body's {@code EventDestination} of a create or an update: the event types
 * and exactly one place they go to. The event types are checked against the face's own enum by the service, as the
 * two models list different ones.
 */
record EventDestinationDefinition(
        Boolean Enabled,
        List<String> MatchingEventTypes,
        @Valid KinesisFirehoseDestination KinesisFirehoseDestination,
        @Valid CloudWatchDestination CloudWatchDestination,
        @Valid SnsDestination SnsDestination,
        @Valid EventBridgeDestination EventBridgeDestination,
        @Valid PinpointDestination PinpointDestination) {

    /** Pinpoint Email has no EventBridge destination: the member is unknown there, so ignored. */
    EventDestinationDefinition pinpointEmailView() {
        return new EventDestinationDefinition(Enabled, MatchingEventTypes, KinesisFirehoseDestination,
                CloudWatchDestination, SnsDestination, null, PinpointDestination);
    }

    record KinesisFirehoseDestination(@NotNull String IamRoleArn, @NotNull String DeliveryStreamArn) {
    }

    record CloudWatchDestination(@NotNull List<@NotNull @Valid DimensionConfiguration> DimensionConfigurations) {
    }

    record DimensionConfiguration(
            @NotNull String DimensionName,
            @NotNull @OneOf({"MESSAGE_TAG", "EMAIL_HEADER", "LINK_TAG"}) String DimensionValueSource,
            @NotNull String DefaultDimensionValue) {
    }

    record SnsDestination(@NotNull String TopicArn) {
    }

    record EventBridgeDestination(@NotNull String EventBusArn) {
    }

    record PinpointDestination(String ApplicationArn) {
    }
}
