package io.github.pinpointemailmock.deliverability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.mailbox.CapturedEmail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dashboard's bounds: tracked messages, blacklist listings; and where a month ends. */
class DeliverabilityBoundsTests {

    private static final AccountRegion CALLER = new AccountRegion("111122223333", "us-east-1");

    private static DeliverabilityProperties properties(int maxTracked, int maxBlacklist) {
        return new DeliverabilityProperties(Duration.ofSeconds(5), 10, maxTracked, maxBlacklist);
    }

    private static CapturedEmail sent(String account, String subject, String... outcomes) {
        List<CapturedEmail.Recipient> recipients = Arrays.stream(outcomes)
                .map(outcome -> new CapturedEmail.Recipient("r@gmail.com", outcome, null, null, null, false))
                .toList();
        return new CapturedEmail("id-" + subject, "sesv2", account, "us-east-1", Instant.EPOCH, "a@Example.com",
                List.of("r@gmail.com"), List.of(), List.of(), List.of(), subject, "t", null, List.of(), List.of(),
                null, null, null, List.of(), List.of(), null, recipients, 1, new byte[1], null, null);
    }

    @Test
    void theOldestTrackedMessagesAreForgottenFirstAndCounted() {
        SentMailStatistics statistics = new SentMailStatistics(properties(2, 10));
        statistics.added(sent(CALLER.accountId(), "one", "DELIVERED"));
        statistics.added(sent(CALLER.accountId(), "two", "COMPLAINED"));
        statistics.added(sent(CALLER.accountId(), "three", "BOUNCED", "DELIVERED"));

        List<TrackedMessage> tracked = statistics.of(CALLER, message -> true);
        assertThat(tracked).extracting(TrackedMessage::subject).containsExactly("two", "three");
        assertThat(tracked.get(1).fromDomain()).isEqualTo("example.com");
        assertThat(tracked.get(1).recipients()).extracting(TrackedMessage.Recipient::placement)
                .containsExactly(Placement.MISSING, Placement.INBOX);
        assertThat(tracked.get(1).recipients()).extracting(TrackedMessage.Recipient::isp).containsOnly("Gmail");
        assertThat(statistics.counts()).isEqualTo(new SentMailStatistics.Counts(2, 1));
    }

    @Test
    void aResetOfOneAccountForgetsOnlyItsMessages() {
        SentMailStatistics statistics = new SentMailStatistics(properties(10, 10));
        statistics.added(sent(CALLER.accountId(), "mine", "DELIVERED"));
        statistics.added(sent("444455556666", "theirs", "DELIVERED"));

        statistics.reset(Optional.of("444455556666"));

        assertThat(statistics.counts().tracked()).isEqualTo(1);
        assertThat(statistics.of(CALLER, message -> true)).extracting(TrackedMessage::subject)
                .containsExactly("mine");
    }

    @Test
    void aFullBlacklistRefusesOneMoreListingUntilOneIsRemoved() {
        BlacklistService blacklist = new BlacklistService(properties(10, 2), null,
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        blacklist.add(new BlacklistEntryRequest("192.0.2.1", "rbl", null));
        blacklist.add(new BlacklistEntryRequest("192.0.2.2", "rbl", null));

        assertThatThrownBy(() -> blacklist.add(new BlacklistEntryRequest("192.0.2.3", "rbl", null)))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.LIMIT_EXCEEDED));

        assertThat(blacklist.remove("192.0.2.1")).isEqualTo(1);
        blacklist.add(new BlacklistEntryRequest("192.0.2.3", "rbl", null));
        assertThat(blacklist.list()).extracting(BlacklistListing::item).containsExactly("192.0.2.2", "192.0.2.3");
        assertThat(blacklist.listedSender("someone@192.0.2.3")).isTrue();
    }

    @Test
    void aMonthEndsAtTheFirstInstantOfTheNextOneInUtc() {
        assertThat(DashboardService.endOfMonth(Instant.parse("2026-12-31T23:59:59Z")))
                .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(DashboardService.endOfMonth(Instant.parse("2026-02-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }
}
