package io.github.pinpointemailmock.configurationset;

/** Whether the set may send email. */
record SendingOptions(Boolean SendingEnabled) {
}
