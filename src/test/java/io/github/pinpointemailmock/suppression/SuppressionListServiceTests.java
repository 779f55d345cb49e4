package io.github.pinpointemailmock.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.paging.PageTokens;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.paging.Pages.Page;
import io.github.pinpointemailmock.support.Concurrently;
import io.github.pinpointemailmock.support.MutableClock;
import io.github.pinpointemailmock.support.TestProperties;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SuppressionListServiceTests {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final AccountRegion CALLER = new AccountRegion("111122223333", "us-east-1");
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final SuppressedDestinationRepository repository = repository(100_000);
    private final SuppressionListService service = service(repository);

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    private static SuppressedDestinationRepository repository(int limit) {
        MockProperties defaults = TestProperties.defaults();
        MockProperties.Limits limits = defaults.limits();
        return new SuppressedDestinationRepository(TestProperties.of(List.of(), new MockProperties.Limits(
                limits.configurationSets(), limits.dedicatedIpPools(), limits.emailIdentities(),
                limits.tagsPerResource(), limit, limits.emailTemplates()), defaults.validation()));
    }

    private SuppressionListService service(SuppressedDestinationRepository destinations) {
        PageTokens tokens = new PageTokens();
        return new SuppressionListService(destinations, new AwsRequestValidator(VALIDATION.getValidator()),
                new Pages(tokens), tokens, clock);
    }

    private void put(SuppressionListService on, String address, String reason) {
        on.put(CALLER, new PutSuppressedDestinationRequest(address, reason, null));
    }

    private Page<SuppressedDestination> list(List<String> reasons, String start, String end) {
        return service.list(CALLER, reasons, start, end, null, null, null);
    }

    @Test
    void anAddressIsFoundInAnyCaseAndKeepsTheSpellingOfItsLastPut() {
        put(service, "User@Example.com", "BOUNCE");
        clock.advance(Duration.ofSeconds(30));
        put(service, "user@example.COM", "COMPLAINT");

        assertThat(service.get(CALLER, "USER@EXAMPLE.COM", null))
                .isEqualTo(new SuppressedDestination("user@example.COM", "COMPLAINT", START.plusSeconds(30)));
        assertThat(service.suppressedReason(CALLER, "user@example.com")).hasValue("COMPLAINT");
        assertThat(list(null, null, null).items()).hasSize(1);
    }

    @Test
    void anAbsentAddressIsNotFoundForGetAndDelete() {
        assertThatThrownBy(() -> service.get(CALLER, "a@example.com", null))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.NOT_FOUND));
        assertThatThrownBy(() -> service.delete(CALLER, "a@example.com", null))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.NOT_FOUND));
    }

    @Test
    void aMalformedAddressIsABadRequestBeforeAnyLookup() {
        for (String address : List.of("", "plain", "a@b", "a@@example.com", "a/b@example.com", "a%b@example.com",
                "x".repeat(65) + "@example.com", "a@-example.com", "a@example.123")) {
            assertThatThrownBy(() -> put(service, address, "BOUNCE")).as(address)
                    .isInstanceOfSatisfying(AwsException.class,
                            e -> assertThat(e.type()).isEqualTo(AwsErrorType.BAD_REQUEST));
        }
        assertThat(list(null, null, null).items()).isEmpty();
    }

    @Test
    void anUnknownReasonFilterIsABadRequestNamingItsPlace() {
        assertThatThrownBy(() -> list(List.of("BOUNCE", "SPAM"), null, null))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "1 validation error detected: Value at 'reasons.2.member' failed to satisfy constraint: "
                                + "Member must satisfy enum value set: [BOUNCE, COMPLAINT]"));
    }

    @Test
    void datesAreReadAsIso8601WithAnOffsetOrAsEpochSecondsWithAFraction() {
        put(service, "a@example.com", "BOUNCE");

        assertThat(list(null, "2026-03-01T11:00:00+01:00", null).items()).hasSize(1);
        assertThat(list(null, "2026-03-01T11:00:00.001+01:00", null).items()).isEmpty();
        assertThat(list(null, null, START.getEpochSecond() + ".5").items()).hasSize(1);
        assertThat(list(null, null, (START.getEpochSecond() - 1) + ".999").items()).isEmpty();
        assertThatThrownBy(() -> list(null, "2026-03-01", null))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "1 validation error detected: Value at 'startDate' failed to satisfy constraint: "
                                + "Member must be a timestamp in ISO 8601 format or in epoch seconds"));
    }

    @Test
    void aFullListRefusesNewAddressesButStillUpdatesTheOnesOnIt() {
        SuppressionListService small = service(repository(2));
        put(small, "a@example.com", "BOUNCE");
        put(small, "b@example.com", "BOUNCE");

        assertThatThrownBy(() -> put(small, "c@example.com", "BOUNCE"))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.type()).isEqualTo(AwsErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).isEqualTo("Maximum number of suppressed destinations (2) reached "
                            + "for this account in us-east-1.");
                });
        put(small, "a@example.com", "COMPLAINT");
        assertThat(small.suppressedReason(CALLER, "a@example.com")).hasValue("COMPLAINT");
    }

    @Test
    void concurrentPutsOfOneAddressLeaveOneEntry() throws Exception {
        Concurrently.run(16, i -> {
            put(service, "same@example.com", i % 2 == 0 ? "BOUNCE" : "COMPLAINT");
            return null;
        });

        assertThat(list(null, null, null).items()).hasSize(1);
    }

    @Test
    void aTokenOfAnotherCallerIsAnInvalidNextToken() {
        put(service, "a@example.com", "BOUNCE");
        put(service, "b@example.com", "BOUNCE");
        String token = service.list(CALLER, null, null, null, 1, null, null).nextToken();
        AccountRegion other = new AccountRegion("444455556666", "us-east-1");

        assertThatThrownBy(() -> service.list(other, null, null, null, 1, token, null))
                .isInstanceOfSatisfying(AwsException.class,
                        e -> assertThat(e.type()).isEqualTo(AwsErrorType.INVALID_NEXT_TOKEN));
        assertThat(service.list(CALLER, null, null, null, 1, token, null).items())
                .extracting(SuppressedDestination::EmailAddress).containsExactly("b@example.com");
    }

    @Test
    void aResetOfAnAccountEmptiesItsListOnly() {
        AccountRegion other = new AccountRegion("444455556666", "us-east-1");
        put(service, "a@example.com", "BOUNCE");
        service.put(other, new PutSuppressedDestinationRequest("a@example.com", "BOUNCE", null));

        repository.reset(Optional.of(CALLER.accountId()));

        assertThat(service.suppressedReason(CALLER, "a@example.com")).isEmpty();
        assertThat(service.suppressedReason(other, "a@example.com")).hasValue("BOUNCE");
    }
}
