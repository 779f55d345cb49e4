package io.github.pinpointemailmock.suppression;

/** The SES v2 {@code GetSuppressedDestination} output. */
record GetSuppressedDestinationResponse(SuppressedDestination SuppressedDestination) {
}
