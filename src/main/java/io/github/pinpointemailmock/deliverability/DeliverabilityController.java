package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.operation.Operation;
import io.github.pinpointemailmock.operation.ServesOperation;
import io.github.pinpointemailmock.paging.Pages.Page;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Deliverability dashboard operations, the same on both faces. */
@RestController
class DeliverabilityController {

    private static final String V1 = "/v1/email/deliverability-dashboard";
    private static final String V2 = "/v2/email/deliverability-dashboard";

    private final DashboardService dashboard;
    private final TestReportService testReports;
    private final BlacklistService blacklist;
    private final DomainReportService domainReports;

    DeliverabilityController(DashboardService dashboard, TestReportService testReports, BlacklistService blacklist,
                             DomainReportService domainReports) {
        this.dashboard = dashboard;
        this.testReports = testReports;
        this.blacklist = blacklist;
        this.domainReports = domainReports;
    }

    @PutMapping({V1, V2})
    @ServesOperation(Operation.PUT_DELIVERABILITY_DASHBOARD_OPTION)
    Map<String, Object> putOption(AccountRegion caller,
                                  @RequestBody(required = false) PutDeliverabilityDashboardOptionRequest request) {
        dashboard.put(caller, request == null ? new PutDeliverabilityDashboardOptionRequest(null, null) : request);
        return Map.of();
    }

    @GetMapping({V1, V2})
    @ServesOperation(Operation.GET_DELIVERABILITY_DASHBOARD_OPTIONS)
    GetDeliverabilityDashboardOptionsResponse getOptions(AccountRegion caller) {
        return dashboard.get(caller);
    }

    @PostMapping({V1 + "/test", V2 + "/test"})
    @ServesOperation(Operation.CREATE_DELIVERABILITY_TEST_REPORT)
    CreateDeliverabilityTestReportResponse createTestReport(
            AccountRegion caller, ApiFace face,
            @RequestBody(required = false) CreateDeliverabilityTestReportRequest request) {
        return testReports.create(caller, face,
                request == null ? new CreateDeliverabilityTestReportRequest(null, null, null, null) : request);
    }

    @GetMapping({V1 + "/test-reports/{reportId}", V2 + "/test-reports/{reportId}"})
    @ServesOperation(Operation.GET_DELIVERABILITY_TEST_REPORT)
    GetDeliverabilityTestReportResponse getTestReport(AccountRegion caller, @PathVariable String reportId) {
        return testReports.get(caller, reportId);
    }

    @GetMapping({V1 + "/test-reports", V2 + "/test-reports"})
    @ServesOperation(Operation.LIST_DELIVERABILITY_TEST_REPORTS)
    ListDeliverabilityTestReportsResponse listTestReports(
            AccountRegion caller,
            @RequestParam(name = "PageSize", required = false) Integer pageSize,
            @RequestParam(name = "NextToken", required = false) String nextToken) {
        Page<DeliverabilityTestReport> page = testReports.list(caller, pageSize, nextToken);
        return new ListDeliverabilityTestReportsResponse(page.items(), page.nextToken());
    }

    @GetMapping({V1 + "/blacklist-report", V2 + "/blacklist-report"})
    @ServesOperation(Operation.GET_BLACKLIST_REPORTS)
    Map<String, Object> blacklistReports(
            AccountRegion caller,
            @RequestParam(name = "BlacklistItemNames", required = false) List<String> itemNames) {
        return Map.of("BlacklistReport", blacklist.report(caller, itemNames));
    }

    @GetMapping({V1 + "/domains/{domain}/campaigns", V2 + "/domains/{domain}/campaigns"})
    @ServesOperation(Operation.LIST_DOMAIN_DELIVERABILITY_CAMPAIGNS)
    ListDomainDeliverabilityCampaignsResponse listCampaigns(
            AccountRegion caller, @PathVariable String domain,
            @RequestParam(name = "StartDate", required = false) String startDate,
            @RequestParam(name = "EndDate", required = false) String endDate,
            @RequestParam(name = "PageSize", required = false) Integer pageSize,
            @RequestParam(name = "NextToken", required = false) String nextToken) {
        Page<DomainDeliverabilityCampaign> page =
                domainReports.campaigns(caller, domain, startDate, endDate, pageSize, nextToken);
        return new ListDomainDeliverabilityCampaignsResponse(page.items(), page.nextToken());
    }

    @GetMapping({V1 + "/campaigns/{campaignId}", V2 + "/campaigns/{campaignId}"})
    @ServesOperation(Operation.GET_DOMAIN_DELIVERABILITY_CAMPAIGN)
    GetDomainDeliverabilityCampaignResponse getCampaign(AccountRegion caller, @PathVariable String campaignId) {
        return new GetDomainDeliverabilityCampaignResponse(domainReports.campaign(caller, campaignId));
    }

    @GetMapping({V1 + "/statistics-report/{domain}", V2 + "/statistics-report/{domain}"})
    @ServesOperation(Operation.GET_DOMAIN_STATISTICS_REPORT)
    GetDomainStatisticsReportResponse statisticsReport(
            AccountRegion caller, @PathVariable String domain,
            @RequestParam(name = "StartDate", required = false) String startDate,
            @RequestParam(name = "EndDate", required = false) String endDate) {
        return domainReports.statistics(caller, domain, startDate, endDate);
    }
}
