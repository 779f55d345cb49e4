package io.github.pinpointemailmock.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendLedgerTests {

    private static final AccountRegion CALLER = new AccountRegion("111122223333", "us-east-1");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final SendLedger ledger = new SendLedger(clock);

    @Test
    void sendsOlderThan24HoursNoLongerCount() {
        ledger.record(CALLER, 3, null);
        clock.advance(Duration.ofHours(23));
        ledger.record(CALLER, 2, null);
        assertThat(ledger.sentLast24Hours(CALLER)).isEqualTo(5);

        clock.advance(Duration.ofHours(1));
        assertThat(ledger.sentLast24Hours(CALLER)).isEqualTo(2);
        assertThat(ledger.sentLast24Hours(new AccountRegion("111122223333", "eu-west-1"))).isZero();
    }

    @Test
    void aRefusedSendIsNotCountedAndTheRateRecoversAfterASecond() {
        SendLedger.Quota quota = new SendLedger.Quota(2, 100);
        ledger.record(CALLER, 2, quota);

        assertThatThrownBy(() -> ledger.record(CALLER, 1, quota)).isInstanceOf(AwsException.class)
                .hasMessage("Maximum sending rate exceeded.");
        assertThat(ledger.sentLast24Hours(CALLER)).isEqualTo(2);

        clock.advance(Duration.ofSeconds(1));
        ledger.record(CALLER, 2, quota);
        assertThat(ledger.sentLast24Hours(CALLER)).isEqualTo(4);
    }

    @Test
    void aMessageWithMoreRecipientsThanTheRateIsAcceptedAndTheNextWaitsUntilTheRateHasMadeUpForThem() {
        SendLedger.Quota sandbox = new SendLedger.Quota(1, 200);
        ledger.record(CALLER, 2, sandbox);
        assertThat(ledger.sentLast24Hours(CALLER)).isEqualTo(2);

        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> ledger.record(CALLER, 1, sandbox)).isInstanceOf(AwsException.class)
                .hasMessage("Maximum sending rate exceeded.");

        clock.advance(Duration.ofMillis(1));
        ledger.record(CALLER, 1, sandbox);
        assertThat(ledger.sentLast24Hours(CALLER)).isEqualTo(3);
    }

    @Test
    void fiftyRecipientsGoAtARateOfOneAndTheNextMessageIsRefusedForFiftySeconds() {
        SendLedger.Quota sandbox = new SendLedger.Quota(1, 200);
        ledger.record(CALLER, 50, sandbox);

        clock.advance(Duration.ofSeconds(49));
        assertThatThrownBy(() -> ledger.record(CALLER, 1, sandbox)).isInstanceOf(AwsException.class)
                .hasMessage("Maximum sending rate exceeded.");
        clock.advance(Duration.ofMillis(1001));
        ledger.record(CALLER, 1, sandbox);
        assertThat(ledger.sentLast24Hours(CALLER)).isEqualTo(51);
    }

    @Test
    void sendingTwiceAsFastAsTheRateForAMinuteGetsOnlyTheRateAndOneMessageOfBurstThrough() {
        SendLedger.Quota sandbox = new SendLedger.Quota(1, 200);
        int accepted = 0;
        for (int attempt = 0; attempt < 120; attempt++) {
            try {
                ledger.record(CALLER, 1, sandbox);
                accepted++;
            } catch (AwsException throttled) {
                assertThat(throttled).hasMessage("Maximum sending rate exceeded.");
            }
            clock.advance(Duration.ofMillis(500));
        }
        assertThat(accepted).isEqualTo(61);
        assertThat(ledger.sentLast24Hours(CALLER)).isEqualTo(61);
    }

    @Test
    void recipientsThatDoNotCountAreAcceptedEvenWhenTheRateIsSpent() {
        SendLedger.Quota quota = new SendLedger.Quota(1, 1);
        ledger.record(CALLER, 1, quota);

        ledger.record(CALLER, 0, quota);
        assertThatThrownBy(() -> ledger.record(CALLER, 1, quota)).isInstanceOf(AwsException.class)
                .hasMessage("Daily message quota exceeded.");
    }

    @Test
    void sendsAreCountedPerSecondSoManySendsInOneSecondTakeOneCount() {
        for (int second = 0; second < 10; second++) {
            for (int send = 0; send < 1_000; send++) {
                ledger.record(CALLER, 1, null);
            }
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(ledger.sentLast24Hours(CALLER)).isEqualTo(10_000);
        assertThat(ledger.buckets(CALLER)).isEqualTo(10);
    }

    @Test
    void aDayOfSendsEverySecondKeepsAtMostOneCountPerSecondOfTheDay() {
        for (int second = 0; second < SendLedger.MAX_BUCKETS + 3_600; second++) {
            ledger.record(CALLER, 2, null);
            clock.advance(Duration.ofSeconds(1));
        }
        clock.advance(Duration.ofSeconds(-1));
        assertThat(ledger.buckets(CALLER)).isEqualTo(SendLedger.MAX_BUCKETS);
        assertThat(ledger.sentLast24Hours(CALLER)).isEqualTo(2L * SendLedger.MAX_BUCKETS);
    }

    @Test
    void aSendCountsFor24HoursFromTheStartOfItsSecond() {
        clock.advance(Duration.ofMillis(900));
        ledger.record(CALLER, 1, null);

        clock.advance(Duration.ofHours(24).minusMillis(901));
        assertThat(ledger.sentLast24Hours(CALLER)).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(ledger.sentLast24Hours(CALLER)).isZero();
        assertThat(ledger.buckets(CALLER)).isZero();
    }

    @Test
    void aResetOfTheAccountForgetsItsSends() {
        ledger.record(CALLER, 4, null);
        ledger.reset(Optional.of("999999999999"));
        assertThat(ledger.sentLast24Hours(CALLER)).isEqualTo(4);
        ledger.reset(Optional.of(CALLER.accountId()));
        assertThat(ledger.sentLast24Hours(CALLER)).isZero();
    }
}
