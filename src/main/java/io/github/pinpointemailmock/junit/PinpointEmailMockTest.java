package io.github.pinpointemailmock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the emulator in-process for a JUnit 5 test class, on a random port of 127.0.0.1, and hands its test methods and
 * constructors what they ask for: the endpoint {@link java.net.URI}, a {@code SesV2Client}, a
 * {@code PinpointEmailClient} (both with dummy credentials, the emulator's default region and retries off) and the
 * control plane, {@link PinpointEmailMock}.
 *
 * <pre>{@code
 * @PinpointEmailMockTest(properties = "mock.account.sandbox=true")
 * class SignUpMailTest {
 *     @Test
 *     void sendsTheWelcomeMail(SesV2Client ses, PinpointEmailMock mock) { ... }
 * }
 * }</pre>
 *
 * @see PinpointEmailMockExtension for {@code @RegisterExtension}
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PinpointEmailMockExtension.class)
public @interface PinpointEmailMockTest {

    /** Settings of the emulator, each {@code name=value}, e.g. {@code mock.account.sandbox=true}. */
    String[] properties() default {};

    /** Whether every test starts from an empty emulator ({@code POST /_mock/reset} before each test). */
    boolean resetOnEachTest() default true;

    /** How long one emulator lives. */
    Lifecycle lifecycle() default Lifecycle.PER_CLASS;

    /** How long one emulator lives, and so which test classes share it. */
    enum Lifecycle {
        /** One emulator for each test class (and its {@code @Nested} classes), stopped after it. */
        PER_CLASS,
        /**
         * One emulator for every test class with the same {@link #properties()}, stopped when the test run ends:
         * start-up is paid once. Tests of classes that share it should not run in parallel with each other.
         */
        PER_JVM
    }
}
