/**
 * The emulator's Docker image in Testcontainers: {@link
 * io.github.pinpointemailmock.testcontainers.PinpointEmailMockContainer}. Testcontainers is an optional dependency the
 * user's project brings.
 */
package io.github.pinpointemailmock.testcontainers;
