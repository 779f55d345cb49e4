package io.github.pinpointemailmock.account;

/** The {@code PutAccountSendingAttributes} body of both faces. */
record PutAccountSendingAttributesRequest(Boolean SendingEnabled) {
}
