package io.github.pinpointemailmock.junit;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.junit.PinpointEmailMock.FaultRule;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.ConcurrentModificationException;

/**
 * The extension as a user meets it: parameters in the constructor and in the test methods, and an emulator emptied
 * before each test (the methods run in order, so the second sees what the first left, if anything was left).
 */
@PinpointEmailMockTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionInjectionIT {

    private final URI endpoint;
    private final PinpointEmailMock mock;

    ExtensionInjectionIT(URI endpoint, PinpointEmailMock mock) {
        this.endpoint = endpoint;
        this.mock = mock;
    }

    @Test
    @Order(1)
    void theConstructorAndTheMethodsGetTheSameEmulatorOnALoopbackPort(URI methodEndpoint, PinpointEmailMock methodMock) {
        assertThat(endpoint.getScheme()).isEqualTo("http");
        assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
        assertThat(endpoint.getPort()).isPositive();
        assertThat(methodEndpoint).isEqualTo(endpoint);
        assertThat(methodMock.endpoint()).isEqualTo(endpoint);
        assertThat(mock.info().path("version").asString()).isNotBlank();
    }

    @Test
    @Order(2)
    void bothInjectedClientsTalkToTheEmulatorInTheSameAccountAndRegion(SesV2Client v2, PinpointEmailClient v1) {
        v2.createConfigurationSet(request -> request.configurationSetName("left-behind"));

        assertThat(v1.getConfigurationSet(request -> request.configurationSetName("left-behind"))
                .configurationSetName()).isEqualTo("left-behind");
        assertThat(mock.state().values()).singleElement().satisfies(scope -> {
            assertThat(scope.path("account").asString()).isEqualTo("000000000000");
            assertThat(scope.path("region").asString()).isEqualTo("us-east-1");
            assertThat(scope.path("ConfigurationSets").path(0).path("ConfigurationSetName").asString())
                    .isEqualTo("left-behind");
        });

        mock.faults().add(FaultRule.error("CreateConfigurationSet", "ConcurrentModificationException").times(5));
    }

    @Test
    @Order(3)
    void theNextTestStartsFromAnEmptyEmulator(SesV2Client v2) {
        assertThat(v2.listConfigurationSets(request -> { }).configurationSets()).isEmpty();
        assertThat(mock.faults().list()).isEmpty();
        v2.createConfigurationSet(request -> request.configurationSetName("left-behind"));
    }

    @Test
    @Order(4)
    void aFaultRuleReachesTheInjectedClientAtOnceWithRetriesOff(SesV2Client v2) {
        String id = mock.faults().add(FaultRule.error("CreateConfigurationSet", "ConcurrentModificationException")
                .times(2));
        assertThat(mock.faults().list()).singleElement()
                .satisfies(rule -> assertThat(rule.path("id").asString()).isEqualTo(id))
                .satisfies(rule -> assertThat(rule.path("remaining").asInt()).isEqualTo(2));

        assertThatThrownBy(() -> v2.createConfigurationSet(request -> request.configurationSetName("a")))
                .isInstanceOfSatisfying(ConcurrentModificationException.class,
                        modelledError(500, "ConcurrentModificationException"));
        assertThat(mock.faults().list()).singleElement()
                .satisfies(rule -> assertThat(rule.path("remaining").asInt()).isEqualTo(1));

        mock.faults().remove(id);
        v2.createConfigurationSet(request -> request.configurationSetName("a"));
        assertThat(v2.listConfigurationSets(request -> { }).configurationSets()).containsExactly("a");
    }

    @Test
    @Order(5)
    void clearingTheFaultsRemovesEveryRule() {
        mock.faults().add(FaultRule.error("GetAccount", "TooManyRequestsException").probability(0.5));
        mock.faults().add(FaultRule.latency("GetAccount", Duration.ofMillis(10)).region("eu-west-1"));
        assertThat(mock.faults().list()).hasSize(2);

        mock.faults().clear();

        assertThat(mock.faults().list()).isEmpty();
    }
}
