package io.github.pinpointemailmock.sending;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.Concurrently;
import io.github.pinpointemailmock.support.SesV2Clients;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * 16 threads sending 1,000 messages each into one account: nothing lost, nothing counted twice. Its own mailbox,
 * large enough to keep them all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mock.emails.max-stored=20000")
class SendingConcurrencyIT {

    private static final int THREADS = 16;
    private static final int SENDS = 1_000;

    @LocalServerPort
    int port;

    @Test
    void everyMessageIdIsUniqueAndTheTotalAndSentLast24HoursAreExact() throws Exception {
        String account = Sending.freshAccount();
        try (SesV2Client setup = SesV2Clients.forPort(port, account, "us-east-1")) {
            setup.createEmailIdentity(request -> request.emailIdentity("load.example.com"));
        }

        List<List<String>> ids = Concurrently.run(THREADS, thread -> {
            try (SesV2Client v2 = SesV2Clients.forPort(port, account, "us-east-1")) {
                List<String> sent = new java.util.ArrayList<>(SENDS);
                for (int i = 0; i < SENDS; i++) {
                    sent.add(v2.sendEmail(request -> request.fromEmailAddress("a@load.example.com")
                            .destination(d -> d.toAddresses("b@example.net"))
                            .content(c -> c.simple(m -> m.subject(s -> s.data("s"))
                                    .body(b -> b.text(t -> t.data("x")))))).messageId());
                }
                return sent;
            }
        });

        Set<String> unique = new HashSet<>();
        ids.forEach(unique::addAll);
        assertThat(unique).hasSize(THREADS * SENDS);
        assertThat(Sending.get(port, "/_mock/emails?account=" + account + "&limit=0").get("total").asInt())
                .isEqualTo(THREADS * SENDS);
        try (SesV2Client v2 = SesV2Clients.forPort(port, account, "us-east-1")) {
            assertThat(v2.getAccount(request -> { }).sendQuota().sentLast24Hours()).isEqualTo(THREADS * SENDS);
        }
    }
}
