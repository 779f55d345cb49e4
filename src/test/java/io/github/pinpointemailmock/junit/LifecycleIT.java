package io.github.pinpointemailmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.junit.PinpointEmailMockTest.Lifecycle;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * {@link Lifecycle#PER_JVM} shares one emulator between classes with the same settings, {@link Lifecycle#PER_CLASS}
 * starts one for its class and stops it after: the nested classes run in order and pass the endpoints along.
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class LifecycleIT {

    private static final AtomicReference<URI> SHARED = new AtomicReference<>();
    private static final AtomicReference<URI> OWN = new AtomicReference<>();

    @Nested
    @Order(1)
    @PinpointEmailMockTest(lifecycle = Lifecycle.PER_JVM, resetOnEachTest = false,
            properties = {"mock.request-log.size=17", "mock.limits.tags-per-resource=7"})
    class FirstSharingClass {

        @Test
        void leavesAConfigurationSetBehind(URI endpoint, SesV2Client ses) {
            SHARED.set(endpoint);
            ses.createConfigurationSet(request -> request.configurationSetName("shared"));
        }
    }

    @Nested
    @Order(2)
    @PinpointEmailMockTest(lifecycle = Lifecycle.PER_JVM, resetOnEachTest = false,
            properties = {"mock.limits.tags-per-resource=7", "mock.request-log.size=17"})
    class SecondSharingClassWithTheSamePropertiesInAnotherOrder {

        @Test
        void getsTheSameEmulatorWithWhatTheFirstLeft(URI endpoint, SesV2Client ses) {
            assertThat(endpoint).isEqualTo(SHARED.get());
            assertThat(ses.listConfigurationSets(request -> { }).configurationSets()).containsExactly("shared");
        }
    }

    @Nested
    @Order(3)
    @PinpointEmailMockTest(properties = {"mock.request-log.size=17", "mock.limits.tags-per-resource=7"})
    class AClassOfItsOwn {

        @Test
        void getsAFreshEmulatorOfItsOwn(URI endpoint, SesV2Client ses) {
            OWN.set(endpoint);
            assertThat(endpoint).isNotEqualTo(SHARED.get());
            assertThat(ses.listConfigurationSets(request -> { }).configurationSets()).isEmpty();
        }
    }

    @Nested
    @Order(4)
    class AfterwardsWithoutTheExtension {

        @Test
        void theClassesOwnEmulatorWasStoppedAndTheSharedOneRuns() {
            // Nothing listens there any more: the connection fails (refused, or closed by the OS at once).
            assertThatThrownBy(() -> PinpointEmailMock.at(OWN.get()).info())
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("GET " + OWN.get() + "/_mock/info failed");
            assertThat(PinpointEmailMock.at(SHARED.get()).info().path("settings").path("requestLog").path("size")
                    .asInt()).isEqualTo(17);
        }
    }
}
