package io.github.pinpointemailmock.identity;

/** The {@code PutEmailIdentityFeedbackAttributes} body of both faces; the identity is in the path. */
record PutEmailIdentityFeedbackAttributesRequest(Boolean EmailForwardingEnabled) {
}
