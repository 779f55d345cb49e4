package io.github.pinpointemailmock.fault;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.pinpointemail.model.AlreadyExistsException;
import software.amazon.awssdk.services.pinpointemail.model.ConcurrentModificationException;
import software.amazon.awssdk.services.sesv2.SesV2Client;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FaultInjectionIT {

    @LocalServerPort
    int port;

    MockControlPlane controlPlane;

    @BeforeEach
    void setUp() {
        controlPlane = new MockControlPlane(port);
    }

    @AfterEach
    void clearFaults() {
        controlPlane.send("DELETE", "/_mock/faults", null, null);
    }

    @Test
    void aFaultRuleFailsTheNextMatchingCallsWithoutSideEffectsThenLetsCallsThrough() {
        HttpResponse<String> added = controlPlane.postJson("/_mock/faults", """
                {"operation": "CreateConfigurationSet", "error": "ConcurrentModificationException", "count": 2}""");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.body()).contains("\"remaining\":2");

        try (PinpointEmailClient client = PinpointEmailClients.forPort(port)) {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> client.createConfigurationSet(request -> request.configurationSetName("faulted")))
                        .isInstanceOfSatisfying(ConcurrentModificationException.class,
                                modelledError(500, "ConcurrentModificationException"));
            }
            // The failed calls stored nothing, so the third call creates the set, and a fourth finds it.
            client.createConfigurationSet(request -> request.configurationSetName("faulted"));
            assertThatThrownBy(() -> client.createConfigurationSet(request -> request.configurationSetName("faulted")))
                    .isInstanceOf(AlreadyExistsException.class);
        }
        assertThat(controlPlane.send("GET", "/_mock/faults", null, null).body()).isEqualTo("[]");
    }

    @Test
    void aFaultRuleForOneAccountLeavesOtherAccountsAlone() {
        controlPlane.postJson("/_mock/faults", """
                {"operation": "CreateConfigurationSet", "error": "ConcurrentModificationException",
                 "account": "777788889999"}""");

        try (PinpointEmailClient target = PinpointEmailClients.forPort(port, "777788889999", "us-east-1");
             PinpointEmailClient bystander = PinpointEmailClients.forPort(port, "121212121212", "us-east-1")) {
            bystander.createConfigurationSet(request -> request.configurationSetName("bystander"));
            assertThatThrownBy(() -> target.createConfigurationSet(request -> request.configurationSetName("target")))
                    .isInstanceOf(ConcurrentModificationException.class);
            target.createConfigurationSet(request -> request.configurationSetName("target"));
        }
    }

    @Test
    void faultsApplyToEveryOperationUnderItsOwnNameOnBothFaces() {
        try (SesV2Client ses = SesV2Clients.forPort(port, "343434343434", "us-east-1");
             PinpointEmailClient pinpoint = PinpointEmailClients.forPort(port, "343434343434", "us-east-1")) {
            ses.createConfigurationSet(request -> request.configurationSetName("guarded"));
            controlPlane.postJson("/_mock/faults", """
                    {"operation": "GetConfigurationSet", "error": "TooManyRequestsException"}""");
            controlPlane.postJson("/_mock/faults", """
                    {"operation": "DeleteConfigurationSet", "error": "ConcurrentModificationException"}""");

            // A rule for one operation leaves the others alone.
            ses.listConfigurationSets(request -> { });
            assertThatThrownBy(() -> pinpoint.getConfigurationSet(request -> request.configurationSetName("guarded")))
                    .isInstanceOfSatisfying(
                            software.amazon.awssdk.services.pinpointemail.model.TooManyRequestsException.class,
                            modelledError(429, "TooManyRequestsException"));
            assertThatThrownBy(() -> ses.deleteConfigurationSet(request -> request.configurationSetName("guarded")))
                    .isInstanceOfSatisfying(
                            software.amazon.awssdk.services.sesv2.model.ConcurrentModificationException.class,
                            modelledError(500, "ConcurrentModificationException"));
            // The faulted delete changed nothing.
            assertThat(ses.getConfigurationSet(request -> request.configurationSetName("guarded"))
                    .configurationSetName()).isEqualTo("guarded");
        }
    }

    @Test
    void anErrorAnOperationModelsOnNeitherFaceIsRefused() {
        HttpResponse<String> refused = controlPlane.postJson("/_mock/faults", """
                {"operation": "ListConfigurationSets", "error": "NotFoundException"}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("does not model NotFoundException");
    }

    @Test
    void rulesCanBeListedAndCleared() {
        controlPlane.postJson("/_mock/faults", """
                {"operation": "CreateConfigurationSet", "error": "NotFoundException", "count": 5}""");

        HttpResponse<String> listed = controlPlane.send("GET", "/_mock/faults", null, null);
        assertThat(listed.body()).contains("\"operation\":\"CreateConfigurationSet\"",
                "\"error\":\"NotFoundException\"", "\"remaining\":5");

        assertThat(controlPlane.send("DELETE", "/_mock/faults", null, null).statusCode()).isEqualTo(204);
        assertThat(controlPlane.send("GET", "/_mock/faults", null, null).body()).isEqualTo("[]");
    }

    @Test
    void aFractionalCountIsASerializationErrorAndAMalformedAccountIsRefused() {
        HttpResponse<String> fractional = controlPlane.postJson("/_mock/faults", """
                {"operation": "CreateConfigurationSet", "error": "NotFoundException", "count": 1.5}""");
        HttpResponse<String> badAccount = controlPlane.postJson("/_mock/faults", """
                {"operation": "CreateConfigurationSet", "error": "NotFoundException", "account": "not-an-account"}""");

        assertThat(fractional.statusCode()).isEqualTo(400);
        assertThat(fractional.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
        assertThat(badAccount.statusCode()).isEqualTo(400);
        assertThat(badAccount.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(controlPlane.send("GET", "/_mock/faults", null, null).body()).isEqualTo("[]");
    }

    @Test
    void anErrorTheOperationDoesNotModelIsRefused() {
        HttpResponse<String> refused = controlPlane.postJson("/_mock/faults", """
                {"operation": "CreateConfigurationSet", "error": "AccessDeniedException"}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(refused.body()).contains("does not model AccessDeniedException");
        assertThat(controlPlane.send("GET", "/_mock/faults", null, null).body()).isEqualTo("[]");
    }

    @Test
    void rulesComposeALatencyForARegionAndAnErrorForSomeCalls() {
        controlPlane.postJson("/_mock/faults", """
                {"operation": "ListConfigurationSets", "region": "eu-west-1", "latencyMs": 300, "probability": 1.0}""");
        controlPlane.postJson("/_mock/faults", """
                {"operation": "ListConfigurationSets", "error": "TooManyRequestsException", "count": 1}""");

        try (SesV2Client ireland = SesV2Clients.forPort(port, "565656565656", "eu-west-1");
             SesV2Client virginia = SesV2Clients.forPort(port, "565656565656", "us-east-1")) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> ireland.listConfigurationSets(request -> { }))
                    .isInstanceOfSatisfying(software.amazon.awssdk.services.sesv2.model.TooManyRequestsException.class,
                            modelledError(429, "TooManyRequestsException"));
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);

            start = System.nanoTime();
            assertThat(ireland.listConfigurationSets(request -> { }).configurationSets()).isEmpty();
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);

            virginia.listConfigurationSets(request -> { });
        }
        // The error rule's one hit is used; the latency rule stays, without end.
        assertThat(controlPlane.send("GET", "/_mock/faults", null, null).body())
                .contains("\"latencyMs\":300").doesNotContain("TooManyRequestsException");
    }
}
