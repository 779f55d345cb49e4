package io.github.pinpointemailmock.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.TestAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A relay nobody listens on: sending works as without it, and the failure is counted. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UnreachableSmtpRelayIT {

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry registry) {
        registry.add("mock.smtp-relay.host", () -> "127.0.0.1");
        registry.add("mock.smtp-relay.port", UnreachableSmtpRelayIT::closedPort);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SmtpRelay relay;

    @Test
    void aSendSucceedsAndIsCapturedAndTheFailedRelayIsCounted() throws Exception {
        String account = TestAccounts.random();
        String messageId;
        try (SesV2Client v2 = SesV2Clients.forPort(port, account, "us-east-1")) {
            v2.createEmailIdentity(request -> request.emailIdentity("example.com"));
            messageId = v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                    .destination(d -> d.toAddresses("to@example.net"))
                    .content(c -> c.simple(m -> m.subject(s -> s.data("hi"))
                            .body(b -> b.text(t -> t.data("hello")))))).messageId();
        }
        MockControlPlane controlPlane = new MockControlPlane(port);
        assertThat(controlPlane.send("GET", "/_mock/emails/" + messageId, null, null).statusCode()).isEqualTo(200);

        // Waits for the relay's queue to empty (no sleeping); nothing is relayed afterwards in this context.
        assertThat(relay.shutdown(java.time.Duration.ofSeconds(30))).isTrue();
        JsonNode info = JsonMapper.builder().build().readTree(controlPlane.send("GET", "/_mock/info", null, null)
                .body());
        assertThat(info.get("smtpRelay").get("failed").asLong()).isEqualTo(1);
        assertThat(info.get("smtpRelay").get("relayed").asLong()).isZero();
    }
}
