package io.github.pinpointemailmock.suppression;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.paging.PageTokens;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.paging.Pages.Page;
import io.github.pinpointemailmock.store.InsertResult;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * The account-level suppression list of SES v2, per account and region. Tenants are not emulated, so a request
 * naming a {@code TenantName} finds no tenant: {@code NotFoundException}, as the model declares for each of these
 * operations.
 */
@Service
public class SuppressionListService {

    private static final Set<String> REASONS = Set.of("BOUNCE", "COMPLAINT");
    private static final Pattern EPOCH_SECONDS = Pattern.compile("-?\\d{1,12}(\\.\\d{1,9})?");

    private final SuppressedDestinationRepository destinations;
    private final AwsRequestValidator validator;
    private final Pages pages;
    private final PageTokens tokens;
    private final Clock clock;

    SuppressionListService(SuppressedDestinationRepository destinations, AwsRequestValidator validator, Pages pages,
                           PageTokens tokens, Clock clock) {
        this.destinations = destinations;
        this.validator = validator;
        this.pages = pages;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Adds the address, or replaces its reason; either way its {@code LastUpdateTime} is now. */
    void put(AccountRegion caller, PutSuppressedDestinationRequest request) {
        validator.validate(request);
        EmailAddresses.requireWellFormed(request.EmailAddress());
        requireNoTenant(request.TenantName());
        SuppressedDestination destination =
                new SuppressedDestination(request.EmailAddress(), request.Reason(), clock.instant());
        // An upsert from two steps: a concurrent delete between them makes the insert succeed, a concurrent
        // insert makes the update succeed on the next round.
        while (destinations.tryUpdate(caller, destination.EmailAddress(), existing -> destination).isEmpty()) {
            InsertResult result = destinations.tryInsert(caller, destination);
            if (result == InsertResult.INSERTED) {
                return;
            }
            if (result == InsertResult.LIMIT_REACHED) {
                // PutSuppressedDestination declares no LimitExceededException; a full list is bad input.
                throw new AwsException(AwsErrorType.BAD_REQUEST,
                        destinations.limitExceeded(caller).getMessage());
            }
        }
    }

    SuppressedDestination get(AccountRegion caller, String address, String tenantName) {
        EmailAddresses.requireWellFormed(address);
        requireNoTenant(tenantName);
        return destinations.require(caller, address);
    }

    void delete(AccountRegion caller, String address, String tenantName) {
        EmailAddresses.requireWellFormed(address);
        requireNoTenant(tenantName);
        destinations.delete(caller, address);
    }

    /**
     * The addresses by address in ascending order, of the given reasons (all when none) and last updated between
     * {@code startDate} and {@code endDate}, both inclusive when given.
     */
    Page<SuppressedDestination> list(AccountRegion caller, List<String> reasons, String startDate, String endDate,
                                     Integer pageSize, String nextToken, String tenantName) {
        List<String> wanted = reasons == null ? List.of() : reasons;
        for (int i = 0; i < wanted.size(); i++) {
            if (!REASONS.contains(wanted.get(i))) {
                throw AwsRequestValidator.invalidMember("reasons." + (i + 1) + ".member",
                        "Member must satisfy enum value set: [BOUNCE, COMPLAINT]");
            }
        }
        Optional<Instant> start = timestamp("startDate", startDate);
        Optional<Instant> end = timestamp("endDate", endDate);
        requireNoTenant(tenantName);
        if (nextToken != null) {
            requireValidToken(caller, nextToken);
        }
        return pages.page(destinations, caller, destination ->
                        (wanted.isEmpty() || wanted.contains(destination.Reason()))
                                && start.map(from -> !destination.LastUpdateTime().isBefore(from)).orElse(true)
                                && end.map(to -> !destination.LastUpdateTime().isAfter(to)).orElse(true),
                pageSize, nextToken);
    }

    /**
     * Puts the address on the caller's list for {@code reason} ({@code BOUNCE} or {@code COMPLAINT}), as SES does
     * after a hard bounce or a complaint; for the features that report them. A full list keeps what it has.
     *
     * @return whether the address is on the list now
     */
    public boolean suppress(AccountRegion caller, String address, String reason) {
        SuppressedDestination destination = new SuppressedDestination(address, reason, clock.instant());
        while (destinations.tryUpdate(caller, address, existing -> destination).isEmpty()) {
            InsertResult result = destinations.tryInsert(caller, destination);
            if (result != InsertResult.NAME_TAKEN) {
                return result == InsertResult.INSERTED;
            }
        }
        return true;
    }

    /** Whether the address is on the caller's suppression list, and for which reason; for the sending path. */
    public Optional<String> suppressedReason(AccountRegion caller, String address) {
        return destinations.find(caller, address).map(SuppressedDestination::Reason);
    }

    /** This operation declares {@code InvalidNextTokenException} for a token it cannot resume from. */
    private void requireValidToken(AccountRegion caller, String nextToken) {
        try {
            tokens.lastKey(nextToken, destinations.member(), caller);
        } catch (AwsException invalid) {
            throw new AwsException(AwsErrorType.INVALID_NEXT_TOKEN, invalid.getMessage());
        }
    }

    private static void requireNoTenant(String tenantName) {
        if (tenantName == null) {
            return;
        }
        if (tenantName.isEmpty()) {
            throw AwsRequestValidator.invalidMember("tenantName",
                    "Member must have length greater than or equal to 1");
        }
        throw new AwsException(AwsErrorType.NOT_FOUND, "Tenant " + tenantName + " does not exist.");
    }

    /**
     * A timestamp in the query string: ISO 8601, which rest-json SDKs send there (the model gives no
     * {@code timestampFormat}), or epoch seconds, which some hand-written clients send.
     */
    private static Optional<Instant> timestamp(String member, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (EPOCH_SECONDS.matcher(value).matches()) {
                BigDecimal seconds = new BigDecimal(value);
                return Optional.of(Instant.ofEpochSecond(seconds.longValue(),
                        seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue()));
            }
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeException | ArithmeticException e) {
            throw AwsRequestValidator.invalidMember(member,
                    "Member must be a timestamp in ISO 8601 format or in epoch seconds");
        }
    }
}
