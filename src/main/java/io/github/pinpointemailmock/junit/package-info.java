/**
 * The emulator in JUnit 5 tests: {@link io.github.pinpointemailmock.junit.PinpointEmailMockTest} (or
 * {@link io.github.pinpointemailmock.junit.PinpointEmailMockExtension} with {@code @ExtendWith} /
 * {@code @RegisterExtension}) starts it in-process; {@link io.github.pinpointemailmock.junit.PinpointEmailMock} is its
 * control plane from a test.
 *
 * <p>A test-side library: JUnit Jupiter and the AWS SDK clients it hands out are optional dependencies the user's
 * project brings. Nothing in the emulator depends on this package.
 */
package io.github.pinpointemailmock.junit;
