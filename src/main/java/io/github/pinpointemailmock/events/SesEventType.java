package io.github.pinpointemailmock.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The SES event types: as the event JSON spells them ({@code eventType}), the member holding the type's own object,
 * and the {@code EventType} a destination's {@code MatchingEventTypes} names them by.
 */
enum SesEventType {

    SEND("Send", "send", "SEND"),
    DELIVERY("Delivery", "delivery", "DELIVERY"),
    BOUNCE("Bounce", "bounce", "BOUNCE"),
    COMPLAINT("Complaint", "complaint", "COMPLAINT"),
    REJECT("Reject", "reject", "REJECT"),
    RENDERING_FAILURE("Rendering Failure", "failure", "RENDERING_FAILURE"),
    OPEN("Open", "open", "OPEN"),
    CLICK("Click", "click", "CLICK"),
    DELIVERY_DELAY("DeliveryDelay", "deliveryDelay", "DELIVERY_DELAY"),
    SUBSCRIPTION("Subscription", "subscription", "SUBSCRIPTION");

    private final String eventType;
    private final String member;
    private final String matchingType;

    SesEventType(String eventType, String member, String matchingType) {
        this.eventType = eventType;
        this.member = member;
        this.matchingType = matchingType;
    }

    /** As {@code eventType} spells it: {@code Rendering Failure} with a space. */
    String eventType() {
        return eventType;
    }

    String member() {
        return member;
    }

    String matchingType() {
        return matchingType;
    }

    /**
     * The type a query or a request names, however it is spelled: {@code Rendering Failure},
     * {@code RenderingFailure} (the CloudWatch metric) and {@code RENDERING_FAILURE} are one type.
     */
    static Optional<SesEventType> parse(String name) {
        String wanted = normalized(name);
        return Arrays.stream(values()).filter(type -> normalized(type.eventType).equals(wanted)).findFirst();
    }

    static String normalized(String name) {
        return name == null ? "" : name.replace(" ", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
