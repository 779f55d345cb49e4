package io.github.pinpointemailmock.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.support.TestProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
    void aLongPollReturnsAtTheTimeoutWithWhatMatches() throws InterruptedException {
        MailboxStore store = store(10, 1_000);
        store.add(email("1", "111111111111", 1));
        long start = System.nanoTime();
        assertThat(store.awaitNewestFirst(e -> true, 2, Duration.ofMillis(100))).hasSize(1);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
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
