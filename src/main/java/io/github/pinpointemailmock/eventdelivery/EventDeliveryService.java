package io.github.pinpointemailmock.eventdelivery;

import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Hands SES events to the engines the user runs (SNS, EventBridge, Firehose, CloudWatch on a local LocalStack, Floci
 * or moto, or an HTTP subscriber), asynchronously, so a send is never failed or slowed by a destination.
 */
@Service
public class EventDeliveryService {

    /**
     * Takes one event for delivery. Never blocks and never throws: answers {@link DeliveryResult#RECORDED_ONLY} at
     * once when nothing is configured for the target's service; otherwise {@link DeliveryResult#PENDING}, and
     * later calls {@code onDone} exactly once, on a delivery thread, with {@code DELIVERED} or {@code FAILED}.
     */
    public DeliveryResult submit(EventDeliveryRequest request, Consumer<DeliveryResult> onDone) {
        // The contract only: publishing to real engines is built in its own change.
        return DeliveryResult.RECORDED_ONLY;
    }
}
