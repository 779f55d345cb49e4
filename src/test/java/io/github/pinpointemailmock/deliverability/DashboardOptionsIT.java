package io.github.pinpointemailmock.deliverability;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.DeliverabilityDashboardAccountStatus;
import software.amazon.awssdk.services.sesv2.model.DomainDeliverabilityTrackingOption;
import software.amazon.awssdk.services.sesv2.model.GetDeliverabilityDashboardOptionsResponse;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;

/** PutDeliverabilityDashboardOption and GetDeliverabilityDashboardOptions through both SDK clients. */
class DashboardOptionsIT extends DashboardTestBase {

    private static Instant endOfMonth(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1).plusMonths(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Test
    void anAccountThatNeverEnabledTheDashboardSeesItDisabledOnBothFaces() {
        GetDeliverabilityDashboardOptionsResponse options = v2.getDeliverabilityDashboardOptions(r -> { });
        assertThat(options.dashboardEnabled()).isFalse();
        assertThat(options.accountStatus()).isEqualTo(DeliverabilityDashboardAccountStatus.DISABLED);
        assertThat(options.activeSubscribedDomains()).isEmpty();
        assertThat(options.subscriptionExpiryDate()).isNull();

        var v1Options = v1.getDeliverabilityDashboardOptions(r -> { });
        assertThat(v1Options.dashboardEnabled()).isFalse();
        assertThat(v1Options.accountStatusAsString()).isEqualTo("DISABLED");
    }

    @Test
    void enablingSubscribesTheDomainsFromNowAndBothFacesShowTheSameSubscription() {
        Instant now = clock.instant();
        v1.putDeliverabilityDashboardOption(request -> request.dashboardEnabled(true).subscribedDomains(
                software.amazon.awssdk.services.pinpointemail.model.DomainDeliverabilityTrackingOption.builder()
                        .domain(domain)
                        .inboxPlacementTrackingOption(t -> t.global(true).trackedIsps("Gmail", "Yahoo"))
                        .build()));

        GetDeliverabilityDashboardOptionsResponse options = v2.getDeliverabilityDashboardOptions(r -> { });
        assertThat(options.dashboardEnabled()).isTrue();
        assertThat(options.accountStatus()).isEqualTo(DeliverabilityDashboardAccountStatus.ACTIVE);
        assertThat(options.subscriptionExpiryDate()).isNull();
        assertThat(options.pendingExpirationSubscribedDomains()).isEmpty();
        assertThat(options.activeSubscribedDomains()).singleElement().satisfies(subscribed -> {
            assertThat(subscribed.domain()).isEqualTo(domain);
            assertThat(subscribed.subscriptionStartDate()).isEqualTo(now);
            assertThat(subscribed.inboxPlacementTrackingOption().global()).isTrue();
            assertThat(subscribed.inboxPlacementTrackingOption().trackedIsps()).containsExactly("Gmail", "Yahoo");
        });
    }

    @Test
    void disablingLeavesTheSubscriptionPendingExpirationUntilTheEndOfTheMonthThenDisabled() {
        subscribe(domain);
        clock.advance(Duration.ofHours(1));
        Instant now = clock.instant();
        v2.putDeliverabilityDashboardOption(request -> request.dashboardEnabled(false));

        GetDeliverabilityDashboardOptionsResponse pending = v2.getDeliverabilityDashboardOptions(r -> { });
        assertThat(pending.dashboardEnabled()).isFalse();
        assertThat(pending.accountStatus()).isEqualTo(DeliverabilityDashboardAccountStatus.PENDING_EXPIRATION);
        assertThat(pending.subscriptionExpiryDate()).isEqualTo(endOfMonth(now));
        assertThat(pending.activeSubscribedDomains()).isEmpty();
        assertThat(pending.pendingExpirationSubscribedDomains()).extracting(DomainDeliverabilityTrackingOption::domain)
                .containsExactly(domain);
        // Still paid for: the dashboard's data can be read until it expires.
        v2.getDomainStatisticsReport(r -> r.domain(domain).startDate(now).endDate(now));

        clock.advance(Duration.between(now, endOfMonth(now)));

        GetDeliverabilityDashboardOptionsResponse expired = v2.getDeliverabilityDashboardOptions(r -> { });
        assertThat(expired.dashboardEnabled()).isFalse();
        assertThat(expired.accountStatus()).isEqualTo(DeliverabilityDashboardAccountStatus.DISABLED);
        assertThat(expired.pendingExpirationSubscribedDomains()).isEmpty();
        Instant later = clock.instant();
        assertThatThrownBy(() -> v2.getDomainStatisticsReport(r -> r.domain(domain).startDate(later).endDate(later)))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Unable to find a dashboard account for <" + account + ">."));
    }

    @Test
    void enablingAgainBeforeTheEndOfTheMonthMakesItActiveAndKeepsEachDomainsStartDate() {
        Instant start = clock.instant();
        String other = "other." + domain;
        v2.createEmailIdentity(request -> request.emailIdentity(other));
        subscribe(domain, other);
        clock.advance(Duration.ofMinutes(5));

        subscribe(domain);

        GetDeliverabilityDashboardOptionsResponse options = v2.getDeliverabilityDashboardOptions(r -> { });
        assertThat(options.accountStatus()).isEqualTo(DeliverabilityDashboardAccountStatus.ACTIVE);
        assertThat(options.activeSubscribedDomains()).singleElement().satisfies(d -> {
            assertThat(d.domain()).isEqualTo(domain);
            assertThat(d.subscriptionStartDate()).isEqualTo(start);
        });
        // The domain left out stays subscribed, pending expiration, until the end of the month.
        assertThat(options.pendingExpirationSubscribedDomains()).extracting(DomainDeliverabilityTrackingOption::domain)
                .containsExactly(other);

        v2.putDeliverabilityDashboardOption(request -> request.dashboardEnabled(false));
        subscribe(domain, other);

        GetDeliverabilityDashboardOptionsResponse again = v2.getDeliverabilityDashboardOptions(r -> { });
        assertThat(again.accountStatus()).isEqualTo(DeliverabilityDashboardAccountStatus.ACTIVE);
        assertThat(again.subscriptionExpiryDate()).isNull();
        assertThat(again.activeSubscribedDomains()).extracting(DomainDeliverabilityTrackingOption::subscriptionStartDate)
                .containsOnly(start);
    }

    @Test
    void aDomainThatIsNoVerifiedDomainIdentityOfTheAccountIsNotFoundAndChangesNothing() {
        assertThatThrownBy(() -> subscribe(domain, "unknown.example.org"))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Domain unknown.example.org is not a verified domain identity of this account."));

        assertThat(v2.getDeliverabilityDashboardOptions(r -> { }).accountStatus())
                .isEqualTo(DeliverabilityDashboardAccountStatus.DISABLED);
    }

    @Test
    void aMissingDashboardEnabledOrADomainNamedTwiceIsABadRequest() {
        var raw = controlPlane.send("PUT", "/v2/email/deliverability-dashboard", "application/json", "{}", account);
        assertThat(raw.statusCode()).isEqualTo(400);
        assertThat(raw.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(raw.body()).contains("'dashboardEnabled'");

        assertThatThrownBy(() -> subscribe(domain, domain.toUpperCase()))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        assertThat(v2.getDeliverabilityDashboardOptions(r -> { }).dashboardEnabled()).isFalse();
    }

    @Test
    void disablingADashboardThatWasNeverEnabledChangesNothing() {
        v1.putDeliverabilityDashboardOption(request -> request.dashboardEnabled(false));

        assertThat(v2.getDeliverabilityDashboardOptions(r -> { }).accountStatus())
                .isEqualTo(DeliverabilityDashboardAccountStatus.DISABLED);
        assertThat(List.of(v1.getDeliverabilityDashboardOptions(r -> { }).dashboardEnabled())).containsExactly(false);
    }
}
