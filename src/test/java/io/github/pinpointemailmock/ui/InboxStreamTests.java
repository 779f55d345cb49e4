package io.github.pinpointemailmock.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InboxStreamTests {

    @Test
    void atMostTheBoundOfStreamsAreOpenAndOneMoreIsRefusedAndCounted() {
        InboxStream stream = new InboxStream();
        stream.start();
        try {
            for (int i = 0; i < InboxStream.MAX_SUBSCRIBERS; i++) {
                assertThat(stream.subscribe()).isNotNull();
            }

            assertThatThrownBy(stream::subscribe).isInstanceOfSatisfying(AwsException.class, e ->
                    assertThat(e.type()).isEqualTo(AwsErrorType.SERVICE_UNAVAILABLE));
            assertThat(stream.info()).isEqualTo(new InboxStream.Info(32, 32, 1, 0));
        } finally {
            stream.stop();
        }
        assertThat(stream.subscribers()).as("stopping ends every stream").isZero();
        stream.shutdown();
    }

    @Test
    void aStreamStoppedAndStartedAgainStillTellsItsPages() {
        InboxStream stream = new InboxStream();
        try {
            stream.start();
            stream.stop();
            // As the test framework does with a cached context it pauses and uses again.
            stream.start();
            stream.subscribe();

            stream.publish("email", Map.of("messageId", "m-1"));

            assertThat(stream.info().droppedEvents()).isZero();
        } finally {
            stream.stop();
            stream.shutdown();
        }
    }
}
