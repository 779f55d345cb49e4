package io.github.pinpointemailmock.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bound of the event log and what a reset forgets. */
class EventLogTests {

    private static RecordedEvent event(String messageId, String account) {
        return new RecordedEvent(messageId, Instant.EPOCH, SesEventType.SEND, messageId, account, "us-east-1", "set",
                null, new RecordedEvent.Destination("d", "SNS", "arn:aws:sns:us-east-1:111111111111:t", null,
                List.of()), "{}");
    }

    @Test
    void beyondTheBoundTheOldestEventsAreDroppedAndCounted() {
        EventLog log = new EventLog(new EventLogProperties(3), List.of());

        log.add(List.of(event("m1", "111111111111"), event("m2", "111111111111")));
        log.add(List.of(event("m3", "111111111111"), event("m4", "111111111111"), event("m5", "111111111111")));

        assertThat(log.newestFirst(event -> true)).extracting(RecordedEvent::getMessageId)
                .containsExactly("m5", "m4", "m3");
        assertThat(log.info()).isEqualTo(new EventLog.Counts(3, 5, 2, 3));
    }

    @Test
    void aResetOfOneAccountForgetsOnlyItsEventsAndAFullResetEverythingAndTheCounts() {
        EventLog log = new EventLog(new EventLogProperties(10), List.of());
        log.add(List.of(event("m1", "111111111111"), event("m2", "222222222222")));

        log.reset(Optional.of("111111111111"));
        assertThat(log.newestFirst(event -> true)).extracting(RecordedEvent::getMessageId).containsExactly("m2");

        log.reset(Optional.empty());
        assertThat(log.info()).isEqualTo(new EventLog.Counts(0, 0, 0, 10));
    }

    @Test
    void aFinalDeliveryResultThatCameBeforeTheAnswerOfSubmitIsKept() {
        RecordedEvent event = event("m1", "111111111111");

        event.delivered(new io.github.pinpointemailmock.eventdelivery.DeliveryResult(
                io.github.pinpointemailmock.eventdelivery.DeliveryResult.Status.DELIVERED, null, 1));
        event.submitted(io.github.pinpointemailmock.eventdelivery.DeliveryResult.PENDING);

        assertThat(event.getDelivery().status()).isEqualTo("DELIVERED");
        assertThat(event.getDelivery().attempts()).isEqualTo(1);
    }
}
