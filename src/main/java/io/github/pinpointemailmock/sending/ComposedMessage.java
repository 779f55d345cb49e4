package io.github.pinpointemailmock.sending;

import io.github.pinpointemailmock.sending.Addresses.Mailbox;
import io.github.pinpointemailmock.sending.SendEmailRequest.MessageTag;
import java.util.List;

/**
 * A message as SES would deliver it, and what the request and its headers say about it.
 *
 * @param from              the sender: {@code FromEmailAddress}, or the raw message's {@code From}
 * @param configurationSet  an {@code X-SES-CONFIGURATION-SET} header's set, or null
 * @param headerTags        the tags of an {@code X-SES-MESSAGE-TAGS} header
 * @param raw               the delivered message, with SES's {@code Message-ID} and {@code Date}
 */
record ComposedMessage(Mailbox from, List<Mailbox> to, List<Mailbox> cc, List<Mailbox> bcc, List<Mailbox> replyTo,
                       String configurationSet, List<MessageTag> headerTags, byte[] raw) {

    List<Mailbox> recipients() {
        return java.util.stream.Stream.of(to, cc, bcc).flatMap(List::stream).toList();
    }
}
