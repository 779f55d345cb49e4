package io.github.pinpointemailmock.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.Concurrently;
import io.github.pinpointemailmock.support.TestProperties;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestLogTests {

    private static RequestLogEntry entry(String account, int n) {
        return new RequestLogEntry(Instant.EPOCH, "sesv2", "GetAccount", account, "us-east-1", 200, null,
                "id-" + n, 0);
    }

    private static List<String> ids(List<RequestLogEntry> entries) {
        return entries.stream().map(RequestLogEntry::requestId).toList();
    }

    @Test
    void keepsTheNewestEntriesUpToItsSizeNewestFirst() {
        RequestLog log = new RequestLog(TestProperties.withRequestLogSize(3));
        IntStream.range(0, 5).forEach(n -> log.add(entry("111122223333", n)));

        assertThat(ids(log.newest(10))).containsExactly("id-4", "id-3", "id-2");
        assertThat(ids(log.newest(2))).containsExactly("id-4", "id-3");
        assertThat(log.newest(0)).isEmpty();
    }

    @Test
    void resetForgetsOneAccountsEntriesOrAll() {
        RequestLog log = new RequestLog(TestProperties.withRequestLogSize(10));
        log.add(entry("111122223333", 0));
        log.add(entry("444455556666", 1));
        log.add(entry("111122223333", 2));

        log.reset(Optional.of("111122223333"));
        assertThat(ids(log.newest(10))).containsExactly("id-1");

        log.reset(Optional.empty());
        assertThat(log.newest(10)).isEmpty();
        log.add(entry("111122223333", 3));
        assertThat(ids(log.newest(10))).containsExactly("id-3");
    }

    @Test
    void concurrentWritersLoseNoEntryThatStillFitsAndRepeatNone() throws Exception {
        RequestLog log = new RequestLog(TestProperties.withRequestLogSize(16 * 500));
        Concurrently.run(16, thread -> {
            for (int n = 0; n < 500; n++) {
                log.add(entry("111122223333", thread * 500 + n));
            }
            return null;
        });

        List<String> logged = ids(log.newest(Integer.MAX_VALUE));
        assertThat(logged).hasSize(16 * 500).doesNotHaveDuplicates();
    }

    @Test
    void concurrentWritersPastItsSizeLeaveExactlyItsSizeOfEntries() throws Exception {
        RequestLog log = new RequestLog(TestProperties.withRequestLogSize(100));
        Concurrently.run(16, thread -> {
            for (int n = 0; n < 500; n++) {
                log.add(entry("111122223333", thread * 500 + n));
            }
            return null;
        });

        assertThat(ids(log.newest(Integer.MAX_VALUE))).hasSize(100).doesNotHaveDuplicates();
    }
}
