package io.github.pinpointemailmock.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The bounds of the event log, by number and by weight, and what a reset forgets. */
class EventLogTests {

    private static final DataSize PLENTY = DataSize.ofMegabytes(64);

    private static RecordedEvent event(String messageId, String account) {
        return event(messageId, account, "{}");
    }

    private static RecordedEvent event(String messageId, String account, String json) {
        return new RecordedEvent(messageId, Instant.EPOCH, SesEventType.SEND, messageId, account, "us-east-1", "set",
                null, new RecordedEvent.Destination("d", "SNS", "arn:aws:sns:us-east-1:111111111111:t", null,
                List.of()), json);
    }

    /** An event whose JSON weighs {@code bytes} in UTF-8. */
    private static RecordedEvent weighing(String messageId, int bytes) {
        return event(messageId, "111111111111", "\"" + "x".repeat(bytes - 2) + "\"");
    }

    @Test
    void beyondTheBoundTheOldestEventsAreDroppedAndCounted() {
        EventLog log = new EventLog(new EventLogProperties(3, PLENTY), List.of());

        log.add(List.of(event("m1", "111111111111"), event("m2", "111111111111")));
        log.add(List.of(event("m3", "111111111111"), event("m4", "111111111111"), event("m5", "111111111111")));

        assertThat(log.newestFirst(event -> true)).extracting(RecordedEvent::getMessageId)
                .containsExactly("m5", "m4", "m3");
        assertThat(log.info()).isEqualTo(new EventLog.Counts(3, 6, 5, 2, 3, PLENTY.toBytes()));
    }

    @Test
    void beyondTheByteBoundTheOldestEventsAreDroppedAndCountedWhateverTheirNumber() {
        EventLog log = new EventLog(new EventLogProperties(100, DataSize.ofBytes(1_000)), List.of());

        log.add(List.of(weighing("m1", 400), weighing("m2", 400)));
        log.add(List.of(weighing("m3", 400)));

        assertThat(log.newestFirst(event -> true)).extracting(RecordedEvent::getMessageId)
                .containsExactly("m3", "m2");
        assertThat(log.info()).isEqualTo(new EventLog.Counts(2, 800, 3, 1, 100, 1_000));
    }

    @Test
    void theNewestEventIsKeptEvenWhenItAloneWeighsMoreThanTheByteBound() {
        EventLog log = new EventLog(new EventLogProperties(100, DataSize.ofBytes(1_000)), List.of());

        log.add(List.of(weighing("m1", 400), weighing("m2", 5_000)));

        assertThat(log.newestFirst(event -> true)).extracting(RecordedEvent::getMessageId).containsExactly("m2");
        assertThat(log.info().storedBytes()).isEqualTo(5_000);
    }

    @Test
    void deletingAndResettingAnAccountGiveBackTheWeightOfWhatTheyForget() {
        EventLog log = new EventLog(new EventLogProperties(100, DataSize.ofBytes(1_000)), List.of());
        log.add(List.of(weighing("m1", 300), weighing("m2", 300)));
        log.add(List.of(event("m3", "222222222222", "\"" + "y".repeat(298) + "\"")));

        assertThat(log.delete(event -> event.getMessageId().equals("m1"))).isEqualTo(1);
        log.reset(Optional.of("222222222222"));
        assertThat(log.info().storedBytes()).isEqualTo(300);

        // Freed room takes new events without dropping the one kept.
        log.add(List.of(weighing("m4", 600)));
        assertThat(log.newestFirst(event -> true)).extracting(RecordedEvent::getMessageId)
                .containsExactly("m4", "m2");
        assertThat(log.info().dropped()).isZero();
    }

    @Test
    void theByteBoundIsSixtyFourMegabytesByDefaultTakesAUnitAndMustBePositive() {
        assertThat(bind(Map.of()).maxStoredBytes()).isEqualTo(DataSize.ofMegabytes(64));
        assertThat(bind(Map.of("mock.events.max-stored-bytes", "1KB")).maxStoredBytes().toBytes()).isEqualTo(1024);
        assertThatThrownBy(() -> bind(Map.of("mock.events.max-stored-bytes", "0B")))
                .hasStackTraceContaining("mock.events.max-stored-bytes must be at least 1B");
    }

    private static EventLogProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("mock.events", EventLogProperties.class);
    }

    @Test
    void theWeightOfAnEventIsItsJsonInUtf8() {
        assertThat(event("m1", "111111111111", "\"é€😀\"").size()).isEqualTo(2 + 2 + 3 + 4);
    }

    @Test
    void aResetOfOneAccountForgetsOnlyItsEventsAndAFullResetEverythingAndTheCounts() {
        EventLog log = new EventLog(new EventLogProperties(10, PLENTY), List.of());
        log.add(List.of(event("m1", "111111111111"), event("m2", "222222222222")));

        log.reset(Optional.of("111111111111"));
        assertThat(log.newestFirst(event -> true)).extracting(RecordedEvent::getMessageId).containsExactly("m2");

        log.reset(Optional.empty());
        assertThat(log.info()).isEqualTo(new EventLog.Counts(0, 0, 0, 0, 10, PLENTY.toBytes()));
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
