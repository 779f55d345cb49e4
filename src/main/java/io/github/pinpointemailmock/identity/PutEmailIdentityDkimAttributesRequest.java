package io.github.pinpointemailmock.identity;

/** The {@code PutEmailIdentityDkimAttributes} body of both faces; the identity is in the path. */
record PutEmailIdentityDkimAttributesRequest(Boolean SigningEnabled) {
}
