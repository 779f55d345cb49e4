package io.github.pinpointemailmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.junit.PinpointEmailMock.Email;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.MessageTag;

/** {@link PinpointEmailMock#emails()}: the captured-mail API's filters and long poll, from a test. */
@PinpointEmailMockTest
class CapturedMailThroughTheExtensionIT {

    private final SesV2Client ses;
    private final PinpointEmailMock mock;

    CapturedMailThroughTheExtensionIT(SesV2Client ses, PinpointEmailMock mock) {
        this.ses = ses;
        this.mock = mock;
    }

    @BeforeEach
    void aVerifiedDomainAndAConfigurationSet() {
        ses.createEmailIdentity(request -> request.emailIdentity("example.com"));
        ses.createConfigurationSet(request -> request.configurationSetName("newsletters"));
    }

    @Test
    void theFiltersNarrowTheCapturedMail() {
        send("ann@example.net", "Welcome, Ann", null, null);
        send("bob@example.net", "Welcome, Bob", "newsletters", MessageTag.builder().name("kind").value("welcome")
                .build());
        send("bob@example.net", "Your invoice", null, null);

        assertThat(mock.emails().list()).extracting(Email::subject)
                .containsExactly("Your invoice", "Welcome, Bob", "Welcome, Ann");
        assertThat(mock.emails().to("BOB@example.net").list()).extracting(Email::subject)
                .containsExactly("Your invoice", "Welcome, Bob");
        assertThat(mock.emails().to("bob@example.net").subject("welcome").list()).extracting(Email::subject)
                .containsExactly("Welcome, Bob");
        assertThat(mock.emails().configurationSet("newsletters").list()).extracting(Email::to)
                .containsExactly(List.of("bob@example.net"));
        assertThat(mock.emails().tag("kind", "welcome").list()).singleElement()
                .satisfies(email -> assertThat(email.tags()).containsEntry("kind", "welcome"));
        assertThat(mock.emails().from("someone.else@example.com").list()).isEmpty();
        assertThat(mock.emails().since(Instant.now().plusSeconds(60)).list()).isEmpty();
        assertThat(mock.emails().latest()).get().extracting(Email::subject).isEqualTo("Your invoice");
        assertThat(mock.emails().to("ann@example.net").latest()).get().extracting(Email::subject)
                .isEqualTo("Welcome, Ann");
    }

    @Test
    void aMessageShowsWhatWasSentAndItsRawForm() {
        String messageId = send("ann@example.net", "Hello", null, null);

        Email email = mock.emails().latest().orElseThrow();

        assertThat(email.messageId()).isEqualTo(messageId);
        assertThat(email.from()).isEqualTo("hello@example.com");
        assertThat(email.text()).isEqualTo("Body of Hello");
        assertThat(email.json().path("recipients").path(0).path("outcome").asString()).isEqualTo("DELIVERED");
        assertThat(mock.emails().raw(messageId)).contains("Subject: Hello").contains("Body of Hello");
    }

    @Test
    void awaitAnswersAsSoonAsTheMailArrives() {
        CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
            sleep(300);
            send("ann@example.net", "First", null, null);
            send("ann@example.net", "Second", null, null);
        });

        long start = System.nanoTime();
        List<Email> arrived = mock.emails().to("ann@example.net").await(2, Duration.ofSeconds(30));

        assertThat(arrived).extracting(Email::subject).containsExactly("Second", "First");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(25));
        later.join();
    }

    @Test
    void awaitFailsWithWhatArrivedWhenTooFewMessagesCame() {
        send("ann@example.net", "Only one", null, null);

        assertThatThrownBy(() -> mock.emails().to("ann@example.net").await(2, Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected 2 email(s) matching {to=ann@example.net}")
                .hasMessageContaining("but 1 arrived");
    }

    @Test
    void deletingMatchingMailLeavesTheRest() {
        send("ann@example.net", "A", null, null);
        send("bob@example.net", "B", null, null);

        assertThat(mock.emails().to("ann@example.net").delete()).isEqualTo(1);

        assertThat(mock.emails().list()).extracting(Email::subject).containsExactly("B");
    }

    @Test
    void aControlPlaneErrorIsAnExceptionWithTheStatusAndTheMessage() {
        assertThatThrownBy(() -> mock.emails().raw("no-such-message"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("404")
                .hasMessageContaining("No email with the message id no-such-message.");
    }

    private String send(String to, String subject, String configurationSet, MessageTag tag) {
        return ses.sendEmail(request -> {
            request.fromEmailAddress("hello@example.com")
                    .destination(d -> d.toAddresses(to))
                    .content(c -> c.simple(m -> m.subject(s -> s.data(subject))
                            .body(b -> b.text(t -> t.data("Body of " + subject)))));
            if (configurationSet != null) {
                request.configurationSetName(configurationSet);
            }
            if (tag != null) {
                request.emailTags(tag);
            }
        }).messageId();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
