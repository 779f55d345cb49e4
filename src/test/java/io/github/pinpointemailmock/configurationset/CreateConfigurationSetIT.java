package io.github.pinpointemailmock.configurationset;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.Concurrently;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.pinpointemail.model.AlreadyExistsException;
import software.amazon.awssdk.services.pinpointemail.model.BadRequestException;
import software.amazon.awssdk.services.pinpointemail.model.CreateConfigurationSetResponse;
import software.amazon.awssdk.services.pinpointemail.model.NotFoundException;
import software.amazon.awssdk.services.pinpointemail.model.PinpointEmailException;
import software.amazon.awssdk.services.pinpointemail.model.TlsPolicy;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mock.dedicated-ip-pools=pool-a,pool-b")
class CreateConfigurationSetIT {

    @LocalServerPort
    int port;

    PinpointEmailClient client;

    @BeforeEach
    void openClient() {
        client = PinpointEmailClients.forPort(port);
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    static String uniqueName() {
        return "set-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsAConfigurationSetWithEveryMemberAndReportsTheRequestId() {
        // The tracking domain must be a verified domain identity of the account, as on AWS.
        client.createEmailIdentity(request -> request.emailIdentity("click.example.com"));
        CreateConfigurationSetResponse response = client.createConfigurationSet(request -> request
                .configurationSetName(uniqueName())
                .trackingOptions(tracking -> tracking.customRedirectDomain("click.example.com"))
                .deliveryOptions(delivery -> delivery.tlsPolicy(TlsPolicy.REQUIRE).sendingPoolName("pool-a"))
                .reputationOptions(reputation -> reputation.reputationMetricsEnabled(true)
                        .lastFreshStart(Instant.parse("2024-01-02T03:04:05Z")))
                .sendingOptions(sending -> sending.sendingEnabled(false))
                .tags(tag -> tag.key("team").value("mail"), tag -> tag.key("env").value("")));

        assertThat(response.sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(response.responseMetadata().requestId()).matches("[0-9a-f-]{36}");
    }

    @Test
    void creatingTheSameNameTwiceIsAlreadyExists() {
        String name = uniqueName();
        client.createConfigurationSet(request -> request.configurationSetName(name));

        assertThatThrownBy(() -> client.createConfigurationSet(request -> request.configurationSetName(name)))
                .isInstanceOfSatisfying(AlreadyExistsException.class, modelledError(400, "AlreadyExistsException",
                        "Configuration set " + name + " already exists."));
    }

    @Test
    void aRequestWithoutANameIsBadRequestBecauseTheJavaSdkDoesNotCheckRequiredMembers() {
        assertThatThrownBy(() -> client.createConfigurationSet(request -> request.sendingOptions(s -> s.sendingEnabled(true))))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'configurationSetName' failed to satisfy "
                                + "constraint: Member must not be null"));
    }

    @Test
    void anInvalidTlsPolicyIsBadRequestNamingTheMember() {
        assertThatThrownBy(() -> client.createConfigurationSet(request -> request
                .configurationSetName(uniqueName())
                .deliveryOptions(delivery -> delivery.tlsPolicy("SOMETIMES"))))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.getMessage())
                        .contains("Value at 'deliveryOptions.tlsPolicy' failed to satisfy constraint: "
                                + "Member must satisfy enum value set: [OPTIONAL, REQUIRE]"));
    }

    @Test
    void aSendingPoolThatDoesNotExistIsNotFound() {
        String name = uniqueName();
        assertThatThrownBy(() -> client.createConfigurationSet(request -> request
                .configurationSetName(name)
                .deliveryOptions(delivery -> delivery.sendingPoolName("no-such-pool"))))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));

        // Nothing was stored: the same name can still be created.
        client.createConfigurationSet(request -> request.configurationSetName(name));
    }

    @Test
    void theSameNameCanExistOnceInEachAccountAndRegion() {
        String name = uniqueName();
        try (PinpointEmailClient otherAccount = PinpointEmailClients.forPort(port, "444455556666", "us-east-1");
             PinpointEmailClient otherRegion = PinpointEmailClients.forPort(port, PinpointEmailClients.ACCOUNT,
                     "eu-west-1");
             PinpointEmailClient defaultAccount = PinpointEmailClients.forPort(port, "AKIAIOSFODNN7EXAMPLE",
                     "us-east-1")) {
            client.createConfigurationSet(request -> request.configurationSetName(name));
            otherAccount.createConfigurationSet(request -> request.configurationSetName(name));
            otherRegion.createConfigurationSet(request -> request.configurationSetName(name));
            defaultAccount.createConfigurationSet(request -> request.configurationSetName(name));

            for (PinpointEmailClient each : List.of(client, otherAccount, otherRegion, defaultAccount)) {
                assertThatThrownBy(() -> each.createConfigurationSet(request -> request.configurationSetName(name)))
                        .isInstanceOf(AlreadyExistsException.class);
            }
        }
    }

    @Test
    void ofThirtyTwoConcurrentCreatesOfOneNameExactlyOneSucceeds() throws Exception {
        String name = uniqueName();
        int threads = 32;
        List<String> results = Concurrently.run(threads, i -> {
            try (PinpointEmailClient own = PinpointEmailClients.forPort(port)) {
                own.createConfigurationSet(request -> request.configurationSetName(name));
                return "created";
            } catch (PinpointEmailException e) {
                return e.awsErrorDetails().errorCode();
            }
        });

        assertThat(results).filteredOn("created"::equals).hasSize(1);
        assertThat(results).filteredOn("AlreadyExistsException"::equals).hasSize(threads - 1);
    }
}
