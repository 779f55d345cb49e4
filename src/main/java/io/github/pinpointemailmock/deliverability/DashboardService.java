package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.deliverability.DashboardSubscription.SubscribedDomain;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.identity.DomainVerification;
import io.github.pinpointemailmock.store.InsertResult;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The Deliverability dashboard subscription of each account and region. As on SES, turning the dashboard off (or
 * leaving a domain out of the subscribed domains) does not end the subscription at once: it is paid for the month,
 * so it stays usable, {@code PENDING_EXPIRATION}, until the end of the current calendar month (UTC), and is
 * {@code DISABLED} from then on. Everything is computed from the stored subscription and the clock on each read.
 */
@Service
class DashboardService {

    private final DashboardRepository subscriptions;
    private final DomainVerification domains;
    private final AwsRequestValidator validator;
    private final Clock clock;

    DashboardService(DashboardRepository subscriptions, DomainVerification domains, AwsRequestValidator validator,
                     Clock clock) {
        this.subscriptions = subscriptions;
        this.domains = domains;
        this.validator = validator;
        this.clock = clock;
    }

    void put(AccountRegion caller, PutDeliverabilityDashboardOptionRequest request) {
        validator.validate(request);
        List<DomainDeliverabilityTrackingOption> wanted =
                request.SubscribedDomains() == null ? List.of() : request.SubscribedDomains();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            DomainDeliverabilityTrackingOption option = wanted.get(i);
            String member = "subscribedDomains." + (i + 1) + ".member";
            if (option == null) {
                throw AwsRequestValidator.invalidMember(member, "Member must not be null");
            }
            if (option.Domain() == null || option.Domain().isEmpty()) {
                throw AwsRequestValidator.invalidMember(member + ".domain", "Member must not be null");
            }
            if (!seen.add(key(option.Domain()))) {
                throw new AwsException(AwsErrorType.BAD_REQUEST,
                        "Domain " + option.Domain() + " appears more than once in SubscribedDomains.");
            }
        }
        if (request.DashboardEnabled()) {
            for (DomainDeliverabilityTrackingOption option : wanted) {
                if (!domains.isVerifiedDomain(caller, option.Domain())) {
                    throw new AwsException(AwsErrorType.NOT_FOUND,
                            "Domain " + option.Domain() + " is not a verified domain identity of this account.");
                }
            }
        }
        Instant now = clock.instant();
        Instant endOfMonth = endOfMonth(now);
        // An upsert from two steps, as the first enable of an account creates its subscription.
        while (true) {
            Optional<DashboardSubscription> updated = subscriptions.tryUpdate(caller, DashboardSubscription.NAME,
                    current -> request.DashboardEnabled()
                            ? enable(current, wanted, now, endOfMonth)
                            : disable(current, now, endOfMonth));
            if (updated.isPresent() || !request.DashboardEnabled()) {
                return;
            }
            InsertResult inserted = subscriptions.tryInsert(caller,
                    enable(new DashboardSubscription(null, List.of()), wanted, now, endOfMonth));
            if (inserted == InsertResult.INSERTED) {
                return;
            }
        }
    }

    GetDeliverabilityDashboardOptionsResponse get(AccountRegion caller) {
        Instant now = clock.instant();
        Optional<DashboardSubscription> found = subscriptions.find(caller, DashboardSubscription.NAME);
        if (found.isEmpty() || !current(found.get(), now)) {
            return new GetDeliverabilityDashboardOptionsResponse(false, null, "DISABLED", List.of(), List.of());
        }
        DashboardSubscription subscription = found.get();
        List<DomainDeliverabilityTrackingOption> active = new ArrayList<>();
        List<DomainDeliverabilityTrackingOption> pending = new ArrayList<>();
        for (SubscribedDomain domain : subscription.domains()) {
            if (domain.expiresAt() == null) {
                active.add(domain.view());
            } else if (domain.currentAt(now)) {
                pending.add(domain.view());
            }
        }
        boolean enabled = subscription.expiresAt() == null;
        return new GetDeliverabilityDashboardOptionsResponse(enabled, subscription.expiresAt(),
                enabled ? "ACTIVE" : "PENDING_EXPIRATION", active, pending);
    }

    /** The caller's dashboard may be read: its subscription is active or pending expiration. */
    void requireDashboard(AccountRegion caller) {
        Instant now = clock.instant();
        if (subscriptions.find(caller, DashboardSubscription.NAME).filter(s -> current(s, now)).isEmpty()) {
            throw new AwsException(AwsErrorType.NOT_FOUND,
                    "Unable to find a dashboard account for <" + caller.accountId() + ">.");
        }
    }

    /** As {@link #requireDashboard}, and the domain is subscribed to it (actively or pending expiration). */
    void requireSubscribedDomain(AccountRegion caller, String domain) {
        requireDashboard(caller);
        Instant now = clock.instant();
        boolean subscribed = subscriptions.find(caller, DashboardSubscription.NAME).stream()
                .flatMap(subscription -> subscription.domains().stream())
                .anyMatch(d -> d.currentAt(now) && key(d.domain()).equals(key(domain)));
        if (!subscribed) {
            throw new AwsException(AwsErrorType.NOT_FOUND,
                    "Domain " + domain + " is not subscribed to the Deliverability dashboard.");
        }
    }

    private static DashboardSubscription enable(DashboardSubscription current, List<DomainDeliverabilityTrackingOption>
            wanted, Instant now, Instant endOfMonth) {
        List<SubscribedDomain> result = new ArrayList<>();
        Set<String> wantedKeys = new HashSet<>();
        for (DomainDeliverabilityTrackingOption option : wanted) {
            wantedKeys.add(key(option.Domain()));
            Optional<SubscribedDomain> existing = current.domains().stream()
                    .filter(d -> d.currentAt(now) && key(d.domain()).equals(key(option.Domain()))).findFirst();
            InboxPlacementTrackingOption tracking = option.InboxPlacementTrackingOption() != null
                    ? option.InboxPlacementTrackingOption()
                    : existing.map(SubscribedDomain::tracking).orElse(null);
            result.add(new SubscribedDomain(option.Domain(),
                    existing.map(SubscribedDomain::startDate).orElse(now), tracking, null));
        }
        for (SubscribedDomain domain : current.domains()) {
            if (domain.currentAt(now) && !wantedKeys.contains(key(domain.domain()))) {
                result.add(new SubscribedDomain(domain.domain(), domain.startDate(), domain.tracking(),
                        domain.expiresAt() != null ? domain.expiresAt() : endOfMonth));
            }
        }
        return new DashboardSubscription(null, result);
    }

    private static DashboardSubscription disable(DashboardSubscription current, Instant now, Instant endOfMonth) {
        if (!current(current, now)) {
            return current;
        }
        List<SubscribedDomain> result = current.domains().stream()
                .filter(domain -> domain.currentAt(now))
                .map(domain -> new SubscribedDomain(domain.domain(), domain.startDate(), domain.tracking(),
                        domain.expiresAt() != null ? domain.expiresAt() : endOfMonth))
                .toList();
        return new DashboardSubscription(current.expiresAt() != null ? current.expiresAt() : endOfMonth, result);
    }

    private static boolean current(DashboardSubscription subscription, Instant now) {
        return subscription.expiresAt() == null || now.isBefore(subscription.expiresAt());
    }

    /** The end of the current calendar month: the first instant of the next one, UTC. */
    static Instant endOfMonth(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return today.withDayOfMonth(1).plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static String key(String domain) {
        return domain.toLowerCase(Locale.ROOT);
    }
}
