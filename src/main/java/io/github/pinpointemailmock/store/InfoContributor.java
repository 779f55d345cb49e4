package io.github.pinpointemailmock.store;

/**
 * One feature's running counts in {@code GET /_mock/info} (mail kept and dropped, relayed, events delivered...), so
 * a feature reports itself there without the control plane knowing of it.
 */
public interface InfoContributor {

    /** The member the counts appear under, e.g. {@code emails}. */
    String infoMember();

    /** The counts now, serialised as JSON. */
    Object info();
}
