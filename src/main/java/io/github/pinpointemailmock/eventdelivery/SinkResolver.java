package io.github.pinpointemailmock.eventdelivery;

import java.util.List;

/** Where the settings send an event: none when nothing is configured for the target's service. */
interface SinkResolver {

    /** Cheap: runs on the sender's thread, so engines are only named here and reached in {@link Sink#deliver}. */
    List<Sink> sinksFor(EventDeliveryRequest request);
}
