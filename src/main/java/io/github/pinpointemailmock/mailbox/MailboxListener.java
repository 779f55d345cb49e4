package io.github.pinpointemailmock.mailbox;

/**
 * Told of every message the mailbox keeps, as it is added: the hook of a feature that acts on sent mail (the SMTP
 * relay) without the sending code knowing of it. Called on the sending thread after the message is stored, so it
 * must return quickly; what it throws is logged and never fails the send.
 */
public interface MailboxListener {

    void added(CapturedEmail email);
}
