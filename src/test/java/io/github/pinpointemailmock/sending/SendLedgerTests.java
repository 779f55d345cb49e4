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
    void aResetOfTheAccountForgetsItsSends() {
        ledger.record(CALLER, 4, null);
        ledger.reset(Optional.of("999999999999"));
        assertThat(ledger.sentLast24Hours(CALLER)).isEqualTo(4);
        ledger.reset(Optional.of(CALLER.accountId()));
        assertThat(ledger.sentLast24Hours(CALLER)).isZero();
    }
}
