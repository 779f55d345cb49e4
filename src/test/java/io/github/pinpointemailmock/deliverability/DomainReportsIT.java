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
import software.amazon.awssdk.services.sesv2.model.DailyVolume;
import software.amazon.awssdk.services.sesv2.model.DomainDeliverabilityCampaign;
import software.amazon.awssdk.services.sesv2.model.DomainIspPlacement;
import software.amazon.awssdk.services.sesv2.model.GetDomainStatisticsReportResponse;
import software.amazon.awssdk.services.sesv2.model.ListDomainDeliverabilityCampaignsResponse;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;

/**
 * GetDomainStatisticsReport, ListDomainDeliverabilityCampaigns and GetDomainDeliverabilityCampaign, their numbers
 * checked against the mail each test sends to the mailbox simulator.
 */
class DomainReportsIT extends DashboardTestBase {

    private static final String SUCCESS = "success@simulator.amazonses.com";
    private static final String BOUNCE = "bounce@simulator.amazonses.com";
    private static final String COMPLAINT = "complaint@simulator.amazonses.com";

    private static Instant startOfDay(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Test
    void theStatisticsReportCountsDeliveredMailAsInboxComplaintsAsSpamAndBouncesAsNeither() {
        subscribe(domain);
        Instant day1 = clock.instant();
        send("news@" + domain, "Hello", SUCCESS, "success+2@simulator.amazonses.com", BOUNCE);
        send("news@" + domain, "Hello", COMPLAINT);
        v2.createEmailIdentity(request -> request.emailIdentity("other" + account + ".example.net"));
        send("news@other" + account + ".example.net", "Not ours", SUCCESS);
        clock.advance(Duration.ofDays(1));
        send("alerts@" + domain, "Tomorrow", SUCCESS);
        Instant day2 = clock.instant();

        GetDomainStatisticsReportResponse report =
                v2.getDomainStatisticsReport(r -> r.domain(domain).startDate(day1).endDate(day2));

        var overall = report.overallVolume();
        assertThat(overall.volumeStatistics().inboxRawCount()).isEqualTo(3);
        assertThat(overall.volumeStatistics().spamRawCount()).isEqualTo(1);
        assertThat(overall.volumeStatistics().projectedInbox()).isEqualTo(3);
        assertThat(overall.volumeStatistics().projectedSpam()).isEqualTo(1);
        assertThat(overall.readRatePercent()).isZero();
        assertThat(overall.domainIspPlacements()).singleElement().satisfies(isp -> {
            assertThat(isp.ispName()).isEqualTo("Other");
            assertThat(isp.inboxRawCount()).isEqualTo(3);
            assertThat(isp.spamRawCount()).isEqualTo(1);
            assertThat(isp.inboxPercentage()).isEqualTo(60.0);
            assertThat(isp.spamPercentage()).isEqualTo(20.0);
        });
        assertThat(report.dailyVolumes()).extracting(DailyVolume::startDate)
                .containsExactly(startOfDay(day1), startOfDay(day2));
        assertThat(report.dailyVolumes()).extracting(daily -> daily.volumeStatistics().inboxRawCount())
                .containsExactly(2L, 1L);
        assertThat(report.dailyVolumes()).extracting(daily -> daily.volumeStatistics().spamRawCount())
                .containsExactly(1L, 0L);

        var pinpoint = v1.getDomainStatisticsReport(r -> r.domain(domain).startDate(day1).endDate(day2));
        assertThat(pinpoint.overallVolume().volumeStatistics().inboxRawCount()).isEqualTo(3);
        assertThat(pinpoint.overallVolume().volumeStatistics().spamRawCount()).isEqualTo(1);
        assertThat(pinpoint.dailyVolumes()).hasSize(2);
    }

    @Test
    void recipientsAreCountedByTheirMailboxProvider() {
        subscribe(domain);
        Instant now = clock.instant();
        send("news@" + domain, "Providers", "someone@gmail.com", "else@gmail.com", "x@outlook.com", SUCCESS);

        List<DomainIspPlacement> placements = v2.getDomainStatisticsReport(
                r -> r.domain(domain).startDate(now).endDate(now)).overallVolume().domainIspPlacements();

        assertThat(placements).extracting(DomainIspPlacement::ispName).containsExactly("Gmail", "Hotmail", "Other");
        assertThat(placements).extracting(DomainIspPlacement::inboxRawCount).containsExactly(2L, 1L, 1L);
        assertThat(placements).extracting(DomainIspPlacement::inboxPercentage).containsOnly(100.0);
    }

    @Test
    void aDayWithoutMailIsReportedWithZeroCounts() {
        subscribe(domain);
        Instant start = clock.instant();
        Instant end = start.plus(Duration.ofDays(2));

        GetDomainStatisticsReportResponse report =
                v2.getDomainStatisticsReport(r -> r.domain(domain).startDate(start).endDate(end));

        assertThat(report.dailyVolumes()).hasSize(3).allSatisfy(daily -> {
            assertThat(daily.volumeStatistics().inboxRawCount()).isZero();
            assertThat(daily.domainIspPlacements()).isEmpty();
        });
        assertThat(report.overallVolume().volumeStatistics().inboxRawCount()).isZero();
    }

    @Test
    void campaignsGroupMessagesBySenderAndSubjectWithTheirCounts() {
        subscribe(domain);
        Instant first = clock.instant();
        send("news@" + domain, "Spring sale", SUCCESS, BOUNCE);
        clock.advance(Duration.ofMinutes(10));
        Instant last = clock.instant();
        send("NEWS@" + domain, "Spring sale", COMPLAINT, "a@gmail.com");
        clock.advance(Duration.ofMinutes(10));
        send("news@" + domain, "Another subject", SUCCESS);

        ListDomainDeliverabilityCampaignsResponse listed = v2.listDomainDeliverabilityCampaigns(
                r -> r.subscribedDomain(domain).startDate(first).endDate(clock.instant()));

        assertThat(listed.domainDeliverabilityCampaigns()).extracting(DomainDeliverabilityCampaign::subject)
                .containsExactly("Spring sale", "Another subject");
        DomainDeliverabilityCampaign sale = listed.domainDeliverabilityCampaigns().get(0);
        assertThat(sale.fromAddress()).isEqualTo("news@" + domain);
        assertThat(sale.inboxCount()).isEqualTo(2);
        assertThat(sale.spamCount()).isEqualTo(1);
        assertThat(sale.projectedVolume()).isEqualTo(4);
        assertThat(sale.firstSeenDateTime()).isEqualTo(first);
        assertThat(sale.lastSeenDateTime()).isEqualTo(last);
        assertThat(sale.esps()).containsExactly("Gmail", "Other");
        assertThat(sale.sendingIps()).isEmpty();
        assertThat(sale.readRate()).isZero();
        assertThat(sale.campaignId()).isNotBlank();

        assertThat(v2.getDomainDeliverabilityCampaign(r -> r.campaignId(sale.campaignId()))
                .domainDeliverabilityCampaign()).isEqualTo(sale);
        var pinpoint = v1.getDomainDeliverabilityCampaign(r -> r.campaignId(sale.campaignId()))
                .domainDeliverabilityCampaign();
        assertThat(pinpoint.inboxCount()).isEqualTo(2);
        assertThat(pinpoint.subject()).isEqualTo("Spring sale");
    }

    @Test
    void aCampaignShowsTheFirst998CharactersOfALongSubject() {
        subscribe(domain);
        Instant start = clock.instant();
        send("news@" + domain, "L".repeat(5_000), SUCCESS);

        ListDomainDeliverabilityCampaignsResponse listed = v2.listDomainDeliverabilityCampaigns(
                r -> r.subscribedDomain(domain).startDate(start).endDate(clock.instant()));

        assertThat(listed.domainDeliverabilityCampaigns()).singleElement()
                .satisfies(campaign -> assertThat(campaign.subject()).isEqualTo("L".repeat(998)));
    }

    @Test
    void theCampaignListIsPagedAndTheIdsAreStable() {
        subscribe(domain);
        Instant start = clock.instant();
        for (int i = 0; i < 3; i++) {
            send("news@" + domain, "Issue " + i, SUCCESS);
            clock.advance(Duration.ofSeconds(1));
        }
        Instant end = clock.instant();

        ListDomainDeliverabilityCampaignsResponse firstPage = v2.listDomainDeliverabilityCampaigns(
                r -> r.subscribedDomain(domain).startDate(start).endDate(end).pageSize(2));
        assertThat(firstPage.domainDeliverabilityCampaigns()).extracting(DomainDeliverabilityCampaign::subject)
                .containsExactly("Issue 0", "Issue 1");
        assertThat(firstPage.nextToken()).isNotNull();
        var secondPage = v1.listDomainDeliverabilityCampaigns(r -> r.subscribedDomain(domain).startDate(start)
                .endDate(end).pageSize(2).nextToken(firstPage.nextToken()));
        assertThat(secondPage.domainDeliverabilityCampaigns()).extracting(c -> c.subject())
                .containsExactly("Issue 2");
        assertThat(secondPage.nextToken()).isNull();

        ListDomainDeliverabilityCampaignsResponse again = v2.listDomainDeliverabilityCampaigns(
                r -> r.subscribedDomain(domain).startDate(start).endDate(end).pageSize(2));
        assertThat(again.domainDeliverabilityCampaigns()).extracting(DomainDeliverabilityCampaign::campaignId)
                .isEqualTo(firstPage.domainDeliverabilityCampaigns().stream()
                        .map(DomainDeliverabilityCampaign::campaignId).toList());
    }

    @Test
    void anUnknownCampaignIsNotFound() {
        subscribe(domain);

        assertThatThrownBy(() -> v2.getDomainDeliverabilityCampaign(r -> r.campaignId("nope")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        modelledError(404, "NotFoundException", "Campaign nope does not exist."));
        assertThatThrownBy(() -> v1.getDomainDeliverabilityCampaign(r -> r.campaignId("nope")))
                .isInstanceOf(software.amazon.awssdk.services.pinpointemail.model.NotFoundException.class);
    }

    @Test
    void anotherAccountSeesNoneOfTheCampaigns() {
        subscribe(domain);
        Instant now = clock.instant();
        send("news@" + domain, "Mine", SUCCESS);
        String id = v2.listDomainDeliverabilityCampaigns(r -> r.subscribedDomain(domain).startDate(now).endDate(now))
                .domainDeliverabilityCampaigns().get(0).campaignId();

        try (var stranger = io.github.pinpointemailmock.support.SesV2Clients.forPort(port, "999900001111",
                "us-east-1")) {
            stranger.putDeliverabilityDashboardOption(r -> r.dashboardEnabled(true));
            assertThatThrownBy(() -> stranger.getDomainDeliverabilityCampaign(r -> r.campaignId(id)))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aDomainNotSubscribedIsNotFoundAndWithoutADashboardNothingIsFound() {
        Instant now = clock.instant();
        assertThatThrownBy(() -> v2.getDomainStatisticsReport(r -> r.domain(domain).startDate(now).endDate(now)))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Unable to find a dashboard account for <" + account + ">."));
        assertThatThrownBy(() -> v2.getDomainDeliverabilityCampaign(r -> r.campaignId("any")))
                .isInstanceOf(NotFoundException.class);

        v2.putDeliverabilityDashboardOption(r -> r.dashboardEnabled(true));

        assertThatThrownBy(() -> v2.listDomainDeliverabilityCampaigns(
                r -> r.subscribedDomain(domain).startDate(now).endDate(now)))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Domain " + domain + " is not subscribed to the Deliverability dashboard."));
    }

    @Test
    void aRangeOfMoreThanThirtyDaysOrEndingBeforeItStartsIsABadRequest() {
        subscribe(domain);
        Instant now = clock.instant();

        assertThatThrownBy(() -> v2.getDomainStatisticsReport(
                r -> r.domain(domain).startDate(now).endDate(now.plus(Duration.ofDays(31)))))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "EndDate must be less than or equal to 30 days after StartDate."));
        assertThatThrownBy(() -> v2.listDomainDeliverabilityCampaigns(
                r -> r.subscribedDomain(domain).startDate(now).endDate(now.minusSeconds(1))))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "EndDate must not be before StartDate."));
        var raw = controlPlane.send("GET", "/v2/email/deliverability-dashboard/statistics-report/" + domain,
                null, null, account);
        assertThat(raw.statusCode()).isEqualTo(400);
        assertThat(raw.body()).contains("'startDate'");
    }
}
