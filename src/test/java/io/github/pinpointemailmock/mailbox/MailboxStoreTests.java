package io.github.pinpointemailmock.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.support.TestProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class MailboxStoreTests {

    private static MailboxStore store(int maxStored, long maxBytes) {
        MockProperties d = TestProperties.defaults();
        return new MailboxStore(new MockProperties(d.defaultAccount(), d.defaultRegion(), d.maxRequestBodySize(),
                d.maxRequestBodySizePerOperation(), d.dedicatedIpPools(), d.limits(), d.throttle(), d.validation(),
                d.auth(), d.requestLog(), d.account(), d.sending(),
                new MockProperties.Emails(maxStored, DataSize.ofBytes(maxBytes)), d.smtpRelay(), d.events(), List.of()), List.of());
    }

    private static CapturedEmail email(String id, String account, int size) {
        return new CapturedEmail(id, "sesv2", account, "us-east-1", Instant.EPOCH, "a@example.com",
                List.of("b@example.net"), List.of(), List.of(), List.of(), "s", "t", null, List.of(), List.of(),
                null, null, null, List.of(), List.of(), null,
                List.of(new CapturedEmail.Recipient("b@example.net", "DELIVERED", null, null, null, false)), size,
                new byte[size], null, null);
    }

    @Test
    void theOldestAreDroppedFirstByCountAndByBytes() {
        MailboxStore byCount = store(2, 1_000);
        byCount.add(email("1", "111111111111", 10));
        byCount.add(email("2", "111111111111", 10));
        byCount.add(email("3", "111111111111", 10));
        assertThat(byCount.newestFirst(e -> true)).extracting(CapturedEmail::messageId).containsExactly("3", "2");
        assertThat(byCount.counts().dropped()).isEqualTo(1);

        MailboxStore byBytes = store(100, 25);
        byBytes.add(email("1", "111111111111", 10));
        byBytes.add(email("2", "111111111111", 10));
        byBytes.add(email("3", "111111111111", 10));
        assertThat(byBytes.newestFirst(e -> true)).extracting(CapturedEmail::messageId).containsExactly("3", "2");
        assertThat(byBytes.counts().storedBytes()).isEqualTo(20);
    }

    @Test
    void aLongPollReturnsAtTheTimeoutWithWhatMatches() throws Exception {
        MailboxStore store = store(10, 1_000);
        MailboxService service = new MailboxService(store);
        store.add(email("1", "111111111111", 1));
        long start = System.nanoTime();
        assertThat(service.await(e -> true, 2, Duration.ofMillis(100)).get(10, TimeUnit.SECONDS)).hasSize(1);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
        service.stop();
    }

    @Test
    void aLongPollIsAnsweredByTheSendThatBringsTheCountAndFreesItsPlace() throws Exception {
        MailboxStore store = store(10, 1_000);
        MailboxService service = new MailboxService(store);
        store.add(email("1", "111111111111", 1));
        CompletableFuture<List<CapturedEmail>> answer = service.await(e -> e.account().equals("111111111111"), 2,
                Duration.ofSeconds(60));
        store.add(email("2", "222222222222", 1));
        assertThat(answer).isNotDone();
        assertThat(service.info().waiting()).isEqualTo(1);

        store.add(email("3", "111111111111", 1));

        assertThat(answer.get(10, TimeUnit.SECONDS)).extracting(CapturedEmail::messageId).containsExactly("3", "1");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> service.info().waiting() == 0);
        assertThat(store.watching()).isZero();
        service.stop();
    }

    @Test
    void aSendTestsOnlyTheNewMessageAgainstAWaitingPollNeverTheWholeMailbox() {
        MailboxStore store = store(10_000, 1_000_000);
        for (int i = 0; i < 1_000; i++) {
            store.add(email("old-" + i, "111111111111", 1));
        }
        AtomicInteger tests = new AtomicInteger();
        AtomicInteger ready = new AtomicInteger();
        store.watch(e -> {
            tests.incrementAndGet();
            return e.account().equals("222222222222");
        }, 3, ready::incrementAndGet);
        assertThat(tests.get()).isEqualTo(1_000);

        store.add(email("a", "111111111111", 1));
        store.add(email("b", "222222222222", 1));
        store.add(email("c", "222222222222", 1));

        assertThat(tests.get()).isEqualTo(1_003);
        assertThat(ready.get()).isZero();
        store.add(email("d", "222222222222", 1));
        assertThat(ready.get()).isEqualTo(1);
        assertThat(store.watching()).isZero();
    }

    @Test
    void aMessageDroppedOrDeletedNoLongerCountsForAWaitingPoll() {
        MailboxStore store = store(2, 1_000);
        AtomicInteger ready = new AtomicInteger();
        store.add(email("1", "222222222222", 1));
        store.watch(e -> e.account().equals("222222222222"), 2, ready::incrementAndGet);
        store.add(email("2", "111111111111", 1));
        store.add(email("3", "111111111111", 1)); // drops 1, the only match
        store.add(email("4", "222222222222", 1));
        assertThat(ready.get()).isZero();

        store.delete(e -> e.messageId().equals("4"));
        store.add(email("5", "222222222222", 1));
        assertThat(ready.get()).isZero();
        store.add(email("6", "222222222222", 1));
        assertThat(ready.get()).isEqualTo(1);
    }

    @Test
    void onePollMoreThanTheBoundIsServiceUnavailableUntilAnotherIsAnswered() throws Exception {
        MailboxStore store = store(10, 1_000);
        MailboxService service = new MailboxService(store);
        List<CompletableFuture<List<CapturedEmail>>> waiting = new ArrayList<>();
        for (int i = 0; i < MailboxService.MAX_WAITERS; i++) {
            waiting.add(service.await(e -> e.messageId().equals("x"), 1, Duration.ofSeconds(60)));
        }

        assertThatThrownBy(() -> service.await(e -> true, 1, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.type()).isEqualTo(AwsErrorType.SERVICE_UNAVAILABLE);
                    assertThat(e.getMessage()).isEqualTo("At most 64 long polls of /_mock/emails wait at once; "
                            + "wait for one to answer, or poll without wait.");
                });
        assertThat(service.info()).isEqualTo(new MailboxService.Info(64, 64, 1));

        store.add(email("x", "111111111111", 1));
        for (CompletableFuture<List<CapturedEmail>> answer : waiting) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).hasSize(1);
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> service.info().waiting() == 0);
        assertThat(service.await(e -> true, 1, Duration.ofSeconds(1)).get(10, TimeUnit.SECONDS)).hasSize(1);
        service.stop();
    }

    @Test
    void aResetOfOneAccountKeepsTheOthers() {
        MailboxStore store = store(10, 1_000);
        store.add(email("1", "111111111111", 1));
        store.add(email("2", "222222222222", 1));
        store.reset(Optional.of("111111111111"));
        assertThat(store.newestFirst(e -> true)).extracting(CapturedEmail::messageId).containsExactly("2");
        store.reset(Optional.empty());
        assertThat(store.counts().stored()).isZero();
    }
}
