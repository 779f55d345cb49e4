package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.deliverability.GetDomainStatisticsReportResponse.DailyVolume;
import io.github.pinpointemailmock.deliverability.GetDomainStatisticsReportResponse.OverallVolume;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.paging.Pages.Page;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * The dashboard's reports on a sending domain, computed on each call from the mail the emulator sent (see
 * {@link SentMailStatistics}): the domain of a message is its From address's domain.
 */
@Service
class DomainReportService {

    private final SentMailStatistics mail;
    private final DashboardService dashboard;
    private final Pages pages;

    DomainReportService(SentMailStatistics mail, DashboardService dashboard, Pages pages) {
        this.mail = mail;
        this.dashboard = dashboard;
        this.pages = pages;
    }

    GetDomainStatisticsReportResponse statistics(AccountRegion caller, String domain, String startDate,
                                                 String endDate) {
        DateRange range = DateRange.of(startDate, endDate);
        dashboard.requireSubscribedDomain(caller, domain);
        String key = DashboardService.key(domain);
        List<TrackedMessage> sent = mail.of(caller, m -> m.fromDomain().equals(key) && range.contains(m.day()));
        List<DailyVolume> days = new ArrayList<>();
        for (LocalDate day = range.firstDay(); !day.isAfter(range.lastDay()); day = day.plusDays(1)) {
            LocalDate today = day;
            List<TrackedMessage> ofDay = sent.stream().filter(m -> m.day().equals(today)).toList();
            days.add(new DailyVolume(day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    VolumeStatistics.of(Tally.of(recipients(ofDay))), byIsp(ofDay)));
        }
        return new GetDomainStatisticsReportResponse(
                new OverallVolume(VolumeStatistics.of(Tally.of(recipients(sent))), 0.0, byIsp(sent)), days);
    }

    Page<DomainDeliverabilityCampaign> campaigns(AccountRegion caller, String domain, String startDate,
                                                 String endDate, Integer pageSize, String nextToken) {
        DateRange range = DateRange.of(startDate, endDate);
        dashboard.requireSubscribedDomain(caller, domain);
        String key = DashboardService.key(domain);
        TreeMap<String, DomainDeliverabilityCampaign> byFirstSeen = new TreeMap<>();
        for (DomainDeliverabilityCampaign campaign : campaigns(caller,
                mail.of(caller, m -> m.fromDomain().equals(key) && range.contains(m.day())))) {
            byFirstSeen.put(String.format("%020d/%s", campaign.FirstSeenDateTime().toEpochMilli(),
                    campaign.CampaignId()), campaign);
        }
        return pages.page("DomainDeliverabilityCampaigns/" + key, caller, byFirstSeen, pageSize, nextToken);
    }

    DomainDeliverabilityCampaign campaign(AccountRegion caller, String campaignId) {
        dashboard.requireDashboard(caller);
        return campaigns(caller, mail.of(caller, m -> true)).stream()
                .filter(campaign -> campaign.CampaignId().equals(campaignId))
                .findFirst()
                .orElseThrow(() -> new AwsException(AwsErrorType.NOT_FOUND,
                        "Campaign " + campaignId + " does not exist."));
    }

    /** The messages grouped into campaigns: one From address (in any case), one subject, one UTC day. */
    private static List<DomainDeliverabilityCampaign> campaigns(AccountRegion caller, List<TrackedMessage> sent) {
        Map<String, List<TrackedMessage>> groups = new LinkedHashMap<>();
        for (TrackedMessage message : sent) {
            String id = campaignId(caller, message);
            groups.computeIfAbsent(id, ignored -> new ArrayList<>()).add(message);
        }
        List<DomainDeliverabilityCampaign> campaigns = new ArrayList<>();
        groups.forEach((id, messages) -> {
            TrackedMessage first = messages.get(0);
            TrackedMessage last = messages.get(messages.size() - 1);
            List<TrackedMessage.Recipient> recipients = recipients(messages);
            Tally tally = Tally.of(recipients);
            TreeSet<String> esps = new TreeSet<>();
            recipients.forEach(recipient -> esps.add(recipient.isp()));
            campaigns.add(new DomainDeliverabilityCampaign(id, null, first.subject(), first.from(), List.of(),
                    first.sentAt(), last.sentAt(), tally.inbox(), tally.spam(), 0.0, 0.0, 0.0, tally.total(),
                    List.copyOf(esps)));
        });
        return campaigns;
    }

    /**
     * Stable across calls and restarts of the same sends: a digest of what makes the campaign, scoped to the
     * caller, so two accounts never share an id.
     */
    static String campaignId(AccountRegion caller, TrackedMessage message) {
        String identity = String.join("\n", caller.accountId(), caller.region(),
                message.from().toLowerCase(Locale.ROOT), message.subject(), message.day().toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static List<TrackedMessage.Recipient> recipients(List<TrackedMessage> messages) {
        return messages.stream().flatMap(m -> m.recipients().stream()).toList();
    }

    private static List<DomainIspPlacement> byIsp(List<TrackedMessage> messages) {
        Map<String, List<TrackedMessage.Recipient>> byIsp = new TreeMap<>();
        for (TrackedMessage.Recipient recipient : recipients(messages)) {
            byIsp.computeIfAbsent(recipient.isp(), ignored -> new ArrayList<>()).add(recipient);
        }
        List<DomainIspPlacement> placements = new ArrayList<>();
        byIsp.forEach((isp, recipients) -> placements.add(DomainIspPlacement.of(isp, Tally.of(recipients))));
        return placements;
    }
}
