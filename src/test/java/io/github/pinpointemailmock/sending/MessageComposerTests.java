package io.github.pinpointemailmock.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The message rules that need no server: sizes and what counts as a raw message. */
class MessageComposerTests {

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aMessageMayBeTenMegabytesOnPinpointEmailAndFortyOnSesV2AndOneByteMoreIsABadRequest() {
        assertThatCode(() -> MessageComposer.requireSize(SendingService.MAX_MESSAGE_V1, SendingService.MAX_MESSAGE_V1))
                .doesNotThrowAnyException();
        assertThatCode(() -> MessageComposer.requireSize(SendingService.MAX_MESSAGE_V2, SendingService.MAX_MESSAGE_V2))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MessageComposer.requireSize(41_943_041, SendingService.MAX_MESSAGE_V2))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.type()).isEqualTo(AwsErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).isEqualTo("Message length is more than 41943040 bytes long: '41943041'.");
                });
    }

    @Test
    void aRawMessageBeginsWithHeaderFieldsAndTheirFoldedLines() {
        for (String message : new String[] {"From: a@example.com\r\n\r\nbody", "Subject: a\r\n\tfolded\r\nX-A:\r\n\r\n",
                "From: a@example.com\nTo: b@example.net\n\nbody", "Subject: no body"}) {
            assertThatCode(() -> MessageComposer.requireHeaderSection(ascii(message))).as(message)
                    .doesNotThrowAnyException();
        }
        for (String message : new String[] {"", "\r\n\r\nbody", "hello", "two words: x\r\n\r\n", " From: a\r\n\r\n",
                "From: a\r\nnot a field\r\n\r\n", "Fr\u00f6m: a\r\n\r\n", "\u0000\u0001\u0002"}) {
            assertThatThrownBy(() -> MessageComposer.requireHeaderSection(ascii(message))).as(message)
                    .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.getMessage())
                            .startsWith("The raw message is not an RFC 5322 message"));
        }
        assertThatThrownBy(() -> MessageComposer.requireHeaderSection(ascii(": value\r\n\r\n")))
                .hasMessage("Empty header names are illegal.");
    }
}
