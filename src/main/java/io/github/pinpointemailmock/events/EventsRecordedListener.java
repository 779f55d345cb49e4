package io.github.pinpointemailmock.events;

import java.util.List;

/**
 * Told when events of a message are recorded (by a send, or on demand), after the record is kept: the hook of a
 * feature that shows events as they happen (the web inbox's live stream). Called on the recording thread, so it must
 * return quickly; what it throws is logged and never fails the send.
 */
public interface EventsRecordedListener {

    void recorded(EventsRecorded recorded);

    /** The message whose events were recorded, and their types as SES spells them ({@code Bounce}, ...). */
    record EventsRecorded(String messageId, String account, String region, List<String> eventTypes) {
    }
}
