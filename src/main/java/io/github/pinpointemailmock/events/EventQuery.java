package io.github.pinpointemailmock.events;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The filters of {@code GET} and {@code DELETE /_mock/events}, which Spring binds from the query string by name: an
 * event matches when it matches every filter given.
 */
record EventQuery(String messageId, String type, String destination, String configurationSet, String account,
                  String region, String recipient) {

    Predicate<RecordedEvent> filter() {
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
