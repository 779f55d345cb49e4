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
import org.springframework.util.unit.DataSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard's bounds: tracked messages, blacklist listings; and where a month ends. */
class DeliverabilityBoundsTests {

    private static final AccountRegion CALLER = new AccountRegion("111122223333", "us-east-1");

    private static DeliverabilityProperties properties(int maxTracked, int maxBlacklist) {
        return new DeliverabilityProperties(Duration.ofSeconds(5), 10, maxTracked, maxBlacklist,
                DataSize.ofKilobytes(64));
    }

    private static CapturedEmail sent(String account, String subject, String... outcomes) {
        return sentFrom(account, "a@Example.com", subject, outcomes);
    }

    private static CapturedEmail sentFrom(String account, String from, String subject, String... outcomes) {
        List<CapturedEmail.Recipient> recipients = Arrays.stream(outcomes)
                .map(outcome -> new CapturedEmail.Recipient("r@gmail.com", outcome, null, null, null, false))
                .toList();
        return new CapturedEmail("id-" + subject, "sesv2", account, "us-east-1", Instant.EPOCH, from,
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

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "0.0.0.0", "255.255.255.255", "2001:db8::1", "::1", "::ffff:192.0.2.1",
            "2001:DB8:0:0:8:800:200C:417A", "example.com", "mail.Example.co.uk", "xn--bcher-kva.example"})
    void anIpv4OrIpv6AddressOrADomainNameCanBeListed(String item) {
        assertThat(BlacklistItems.isValid(item)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b c", "", " 192.0.2.1", "192.0.2.256", "192.0.2", "192.0.2.1.5", "01.2.3.4",
            "2001:db8::1::2", "2001:db8:::1", "1:2", "gggg::1", "fe80::1%eth0", "news@example.com", "localhost",
            "example.123", "-example.com", "example-.com", "exa_mple.com", "example..com", ".example.com",
            "example.com.", "http://example.com"})
    void anythingElseCannotBeListed(String item) {
        assertThat(BlacklistItems.isValid(item)).isFalse();
    }

    @Test
    void aDomainNameOfMoreThan253CharactersCannotBeListed() {
        String label = "a".repeat(63) + ".";
        String longest = label.repeat(3) + "b".repeat(57) + ".com";
        assertThat(longest).hasSize(253);
        assertThat(BlacklistItems.isValid(longest)).isTrue();
        assertThat(BlacklistItems.isValid("c." + longest)).isFalse();
    }

    @Test
    void aListingWithAnOverlongNameOrDescriptionOrAMalformedItemIsRefusedAndNothingIsListed() {
        BlacklistService blacklist = new BlacklistService(properties(10, 10), null,
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

        assertBadRequest(() -> blacklist.add(new BlacklistEntryRequest("a b c", "rbl", null)),
                "item must be an IPv4 or IPv6 address or a domain name of at most 253 characters.");
        assertBadRequest(() -> blacklist.add(new BlacklistEntryRequest("192.0.2.1", "r".repeat(257), null)),
                "rblName must be at most 256 characters.");
        assertBadRequest(() -> blacklist.add(new BlacklistEntryRequest("192.0.2.1", "rbl", "d".repeat(1_000_000))),
                "description must be at most 1024 bytes in UTF-8.");
        // 513 two-byte characters are 1,026 bytes: the limit is on bytes, not characters.
        assertBadRequest(() -> blacklist.add(new BlacklistEntryRequest("192.0.2.1", "rbl", "é".repeat(513))),
                "description must be at most 1024 bytes in UTF-8.");
        assertThat(blacklist.list()).isEmpty();

        blacklist.add(new BlacklistEntryRequest("192.0.2.1", "r".repeat(256), "é".repeat(512)));
        assertThat(blacklist.list()).singleElement()
                .satisfies(listing -> assertThat(listing.description()).hasSize(512));
    }

    private static void assertBadRequest(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
                                         String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsException.class, e -> {
            assertThat(e.type()).isEqualTo(AwsErrorType.BAD_REQUEST);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void aTrackedMessageKeepsTheFirst998CharactersOfItsSubjectAnd320OfItsFromAddress() {
        SentMailStatistics statistics = new SentMailStatistics(properties(10, 10));
        String subject = "s".repeat(1_000_000);
        String from = "f".repeat(400) + "@" + "d".repeat(300) + ".example.com";
        statistics.added(sentFrom(CALLER.accountId(), from, subject, "DELIVERED"));

        TrackedMessage tracked = statistics.of(CALLER, message -> true).get(0);
        assertThat(tracked.subject()).isEqualTo("s".repeat(998));
        assertThat(tracked.from()).isEqualTo("f".repeat(320));
        assertThat(tracked.fromDomain()).isEqualTo("d".repeat(255));
    }

    @Test
    void storedTextIsCutWithoutSplittingACharacter() {
        String pairs = "\uD83D\uDE00".repeat(3);
        assertThat(StoredText.cut(pairs, 3)).isEqualTo("\uD83D\uDE00");
        assertThat(StoredText.cut("short", 998)).isEqualTo("short");
        assertThat(StoredText.cutUtf8("aé€\uD83D\uDE00", 6)).isEqualTo("aé€");
        assertThat(StoredText.cutUtf8("aé€\uD83D\uDE00", 9)).isEqualTo("aé€");
        assertThat(StoredText.cutUtf8("aé€\uD83D\uDE00", 10)).isEqualTo("aé€\uD83D\uDE00");
        assertThat(StoredText.cutUtf8("x".repeat(5000), 4096)).hasSize(4096);
    }

    @Test
    void aMonthEndsAtTheFirstInstantOfTheNextOneInUtc() {
        assertThat(DashboardService.endOfMonth(Instant.parse("2026-12-31T23:59:59Z")))
                .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(DashboardService.endOfMonth(Instant.parse("2026-02-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }
}
