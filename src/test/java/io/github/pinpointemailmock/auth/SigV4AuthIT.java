package io.github.pinpointemailmock.auth;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.assertJsonError;
import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.RawHttpConnection;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.pinpointemail.model.ListConfigurationSetsResponse;
import software.amazon.awssdk.services.pinpointemail.model.PinpointEmailException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.ListEmailIdentitiesResponse;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code mock.auth.mode=strict} against the real SDK clients and hand-signed requests. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "mock.auth.mode=strict",
        "mock.auth.credentials[0].access-key-id=" + SigV4AuthIT.KEY,
        "mock.auth.credentials[0].secret-key=" + SigV4AuthIT.SECRET,
        "mock.auth.credentials[0].account-id=" + SigV4AuthIT.ACCOUNT,
        "mock.auth.credentials[1].access-key-id=" + SigV4AuthIT.OTHER_KEY,
        "mock.auth.credentials[1].secret-key=other-secret",
        "mock.auth.credentials[1].account-id=" + SigV4AuthIT.OTHER_ACCOUNT,
        // The secret the shared test clients sign with; the key is an account id, so it is the key's account.
        "mock.auth.credentials[2].access-key-id=555566667777",
        "mock.auth.credentials[2].secret-key=test-secret"})
class SigV4AuthIT {

    static final String KEY = "AKIDEXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final String ACCOUNT = "111122223333";
    static final String OTHER_KEY = "AKIAOTHERACCOUNTKEY";
    static final String OTHER_ACCOUNT = "444455556666";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    MockControlPlane controlPlane;

    @BeforeEach
    void reset() {
        controlPlane = new MockControlPlane(port);
        assertThat(controlPlane.send("POST", "/_mock/reset", null, null).statusCode()).isEqualTo(204);
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    @Test
    void pinpointEmailCallsSignedWithAConfiguredKeySucceed() {
        try (PinpointEmailClient client = SignedClients.pinpoint(port, KEY, SECRET)) {
            for (String name : new String[] {"auth-a", "auth-b", "auth-c"}) {
                client.createConfigurationSet(request -> request.configurationSetName(name));
            }
            client.putConfigurationSetSendingOptions(request -> request.configurationSetName("auth-a")
                    .sendingEnabled(false));
            assertThat(client.getConfigurationSet(request -> request.configurationSetName("auth-a"))
                    .sendingOptions().sendingEnabled()).isFalse();

            ListConfigurationSetsResponse first = client.listConfigurationSets(request -> request.pageSize(2));
            ListConfigurationSetsResponse second = client.listConfigurationSets(request -> request.pageSize(2)
                    .nextToken(first.nextToken()));
            assertThat(first.nextToken()).isNotBlank();
            assertThat(first.configurationSets()).hasSize(2);
            assertThat(second.configurationSets()).hasSize(1);

            // '@' goes on the wire as %40 and is signed as %2540: the path is encoded once more.
            client.createEmailIdentity(request -> request.emailIdentity("user@example.com"));
            assertThat(client.getEmailIdentity(request -> request.emailIdentity("user@example.com"))
                    .identityTypeAsString()).isEqualTo("EMAIL_ADDRESS");

            // ARNs in the query: ':' and '/' encoded, repeated TagKeys sorted by value.
            String arn = "arn:aws:ses:us-east-1:" + ACCOUNT + ":configuration-set/auth-a";
            client.tagResource(request -> request.resourceArn(arn)
                    .tags(tag -> tag.key("team").value("mail"), tag -> tag.key("cost center").value("1 2"),
                            tag -> tag.key("env").value("test")));
            client.untagResource(request -> request.resourceArn(arn).tagKeys("team", "cost center"));
            assertThat(client.listTagsForResource(request -> request.resourceArn(arn)).tags())
                    .singleElement().satisfies(tag -> assertThat(tag.key()).isEqualTo("env"));

            client.deleteEmailIdentity(request -> request.emailIdentity("user@example.com"));
            client.deleteConfigurationSet(request -> request.configurationSetName("auth-c"));
        }
    }

    @Test
    void sesV2CallsSignedWithAConfiguredKeySucceed() {
        try (SesV2Client client = SignedClients.sesV2(port, KEY, SECRET)) {
            client.createEmailIdentity(request -> request.emailIdentity("someone+tag@example.com"));
            client.createEmailIdentity(request -> request.emailIdentity("example.org"));
            assertThat(client.getEmailIdentity(request -> request.emailIdentity("someone+tag@example.com"))
                    .identityTypeAsString()).isEqualTo("EMAIL_ADDRESS");

            ListEmailIdentitiesResponse first = client.listEmailIdentities(request -> request.pageSize(1));
            ListEmailIdentitiesResponse second = client.listEmailIdentities(request -> request.pageSize(1)
                    .nextToken(first.nextToken()));
            assertThat(first.emailIdentities()).hasSize(1);
            assertThat(second.emailIdentities()).hasSize(1).doesNotContainAnyElementsOf(first.emailIdentities());

            client.createConfigurationSet(request -> request.configurationSetName("v2-set"));
            client.putConfigurationSetSendingOptions(request -> request.configurationSetName("v2-set")
                    .sendingEnabled(true));
            assertThat(client.listConfigurationSets(request -> { }).configurationSets()).containsExactly("v2-set");
        }
    }

    @Test
    void theCallerIsTheAccountOfTheKeyThatSigned() {
        try (PinpointEmailClient first = SignedClients.pinpoint(port, KEY, SECRET);
             PinpointEmailClient other = SignedClients.pinpoint(port, OTHER_KEY, "other-secret")) {
            first.createConfigurationSet(request -> request.configurationSetName("first-only"));

            assertThat(other.listConfigurationSets(request -> { }).configurationSets()).isEmpty();
            // A read puts no account in use; a write does, so that the state below lists the other account too.
            other.createConfigurationSet(request -> request.configurationSetName("other-only"));
        }

        JsonNode state = JSON.readTree(controlPlane.send("GET", "/_mock/state", null, null).body());
        Map<String, String> setsByAccount = new java.util.TreeMap<>();
        state.forEach(scope -> setsByAccount.put(scope.get("account").asString(),
                scope.get("ConfigurationSets").toString()));
        // Keys named by no account id: without strict mode both would have been the default account.
        assertThat(setsByAccount).containsOnlyKeys(ACCOUNT, OTHER_ACCOUNT);
        assertThat(setsByAccount.get(ACCOUNT)).contains("first-only");
        assertThat(setsByAccount.get(OTHER_ACCOUNT)).doesNotContain("first-only");
        JsonNode log = JSON.readTree(controlPlane.send("GET", "/_mock/requests", null, null).body());
        assertThat(log.toString()).contains("\"" + ACCOUNT + "\"").contains("\"" + OTHER_ACCOUNT + "\"");
    }

    @Test
    void theSharedTestClientsPassOnceTheirSecretIsConfigured() {
        try (PinpointEmailClient client = PinpointEmailClients.forPort(port, "555566667777", "eu-west-1")) {
            client.createConfigurationSet(request -> request.configurationSetName("shared"));
            assertThat(client.listConfigurationSets(request -> { }).configurationSets()).containsExactly("shared");
        }
    }

    @Test
    void aWrongSecretIsAnInvalidSignatureOnBothFaces() {
        try (PinpointEmailClient pinpoint = SignedClients.pinpoint(port, KEY, "wrong-secret");
             SesV2Client ses = SignedClients.sesV2(port, KEY, "wrong-secret")) {
            assertThatThrownBy(() -> pinpoint.listConfigurationSets(request -> { }))
                    .isInstanceOfSatisfying(PinpointEmailException.class, e -> {
                        modelledError(403, "InvalidSignatureException").accept(e);
                        assertThat(e.awsErrorDetails().errorMessage())
                                .startsWith(SigV4Verifier.SIGNATURE_MISMATCH_MESSAGE);
                    });
            assertThatThrownBy(() -> ses.createConfigurationSet(request -> request.configurationSetName("no")))
                    .isInstanceOfSatisfying(SesV2Exception.class, e -> {
                        modelledError(403, "InvalidSignatureException").accept(e);
                        assertThat(e.awsErrorDetails().errorMessage())
                                .startsWith(SigV4Verifier.SIGNATURE_MISMATCH_MESSAGE);
                    });
        }
        try (SesV2Client ses = SignedClients.sesV2(port, KEY, SECRET)) {
            assertThat(ses.listConfigurationSets(request -> { }).configurationSets()).isEmpty();
        }
    }

    @Test
    void anUnknownKeyIsAnUnrecognizedClient() {
        try (PinpointEmailClient client = SignedClients.pinpoint(port, "AKIANOTCONFIGURED", SECRET)) {
            assertThatThrownBy(() -> client.listConfigurationSets(request -> { }))
                    .isInstanceOfSatisfying(PinpointEmailException.class, modelledError(403,
                            "UnrecognizedClientException", "The security token included in the request is invalid."));
        }
    }

    @Test
    void aRequestWithoutAuthorizationIsAMissingAuthenticationToken() throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            RawHttpConnection.Response response =
                    connection.postJson("/v1/email/configuration-sets", "{\"ConfigurationSetName\":\"unsigned\"}");

            assertJsonError(response, 403, "MissingAuthenticationTokenException");
            assertThat(JSON.readTree(response.body()).get("message").asString())
                    .isEqualTo("Missing Authentication Token");
            // The answer leaves the connection usable, as AWS does.
            assertJsonError(connection.sendRaw("GET /v2/email/configuration-sets HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                    403, "MissingAuthenticationTokenException");
        }
    }

    @Test
    void aMalformedAuthorizationIsRefused() {
        HttpResponse<String> response = SignedClients.send(HttpRequest.newBuilder(uri("/v2/email/configuration-sets"))
                .header("Authorization", "AWS4-HMAC-SHA256 Signature=00"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains(
                "IncompleteSignatureException");
        assertThat(response.body()).contains("Authorization header requires 'Credential' parameter.");
    }

    @Test
    void aRequestSignedSixMinutesAgoHasExpired() {
        SdkSigner signer = new SdkSigner(KEY, SECRET, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6)));
        String body = "{\"ConfigurationSetName\":\"late\"}";
        SdkSigner.Signed signed = signer.sign("POST", uri("/v1/email/configuration-sets"),
                Map.of("Content-Type", "application/json"), body);

        HttpResponse<String> response = SignedClients.send(signed, body);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("InvalidSignatureException");
        assertThat(JSON.readTree(response.body()).get("message").asString())
                .matches("Signature expired: \\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z "
                        + "\\(\\d{8}T\\d{6}Z - 5 min\\.\\)");
    }

    @Test
    void aRequestSignedNowByHandVerifiesAndItsBodyCannotBeChanged() {
        SdkSigner signer = new SdkSigner(KEY, SECRET, Clock.systemUTC());
        String body = "{\"ConfigurationSetName\":\"by-hand\"}";
        SdkSigner.Signed signed = signer.sign("POST", uri("/v2/email/configuration-sets"),
                Map.of("Content-Type", "application/json"), body);

        HttpResponse<String> tampered = SignedClients.send(signed, "{\"ConfigurationSetName\":\"tampered\"}");
        HttpResponse<String> honest = SignedClients.send(signed, body);

        assertThat(tampered.statusCode()).isEqualTo(403);
        assertThat(tampered.headers().firstValue("x-amzn-ErrorType")).contains("InvalidSignatureException");
        assertThat(honest.statusCode()).isEqualTo(200);
    }

    @Test
    void aPresignedRequestVerifies() {
        SdkSigner.Signed presigned = new SdkSigner(KEY, SECRET, Clock.systemUTC())
                .presign("GET", uri("/v2/email/configuration-sets?PageSize=5"), Duration.ofMinutes(5));

        HttpResponse<String> response = SignedClients.send(presigned, "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void theControlPlaneAndTheActuatorNeedNoAuthorization() {
        assertThat(controlPlane.send("GET", "/_mock/faults", null, null).statusCode()).isEqualTo(200);
        assertThat(controlPlane.postJson("/_mock/faults",
                "{\"operation\": \"GetConfigurationSet\", \"error\": \"NotFoundException\"}").statusCode())
                .isEqualTo(201);
        assertThat(controlPlane.send("DELETE", "/_mock/faults", null, null).statusCode()).isEqualTo(204);
        assertThat(controlPlane.send("GET", "/_mock/info", null, null).statusCode()).isEqualTo(200);
        assertThat(controlPlane.send("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
    }
}
