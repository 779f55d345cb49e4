package io.github.pinpointemailmock.configurationset;

/** Whether the set may send email. */
public record SendingOptions(Boolean SendingEnabled) {
}
