package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.account.AccountService;
import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.deliverability.CreateDeliverabilityTestReportRequest.EmailContent;
import io.github.pinpointemailmock.deliverability.CreateDeliverabilityTestReportRequest.Template;
import io.github.pinpointemailmock.deliverability.GetDeliverabilityTestReportResponse.IspPlacement;
import io.github.pinpointemailmock.deliverability.TestMessages.Tested;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.identity.SenderVerification;
import io.github.pinpointemailmock.operation.ApiFace;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.paging.Pages.Page;
import io.github.pinpointemailmock.tag.Tag;
import io.github.pinpointemailmock.tag.TagRules;
import io.github.pinpointemailmock.template.EmailTemplateService;
import io.github.pinpointemailmock.template.RenderedEmail;
import io.github.pinpointemailmock.template.TemplateRenderingException;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Predictive inbox placement tests. Nothing is sent: the test message is composed, kept with its report and placed
 * at once (in the inbox, or in spam when its sender's domain is on a blacklist of
 * {@code POST /_mock/blacklist}); the report reads {@code IN_PROGRESS} until {@code mock.deliverability.test-duration}
 * has passed on the application's clock, then {@code COMPLETED} with its placement.
 */
@Service
class TestReportService {

    private final TestReportRepository reports;
    private final DashboardService dashboard;
    private final BlacklistService blacklist;
    private final EmailTemplateService templates;
    private final SenderVerification senders;
    private final AccountService accounts;
    private final AwsRequestValidator validator;
    private final Pages pages;
    private final MockProperties mockProperties;
    private final Duration testDuration;
    private final long maxStoredMessageBytes;
    private final Clock clock;

    TestReportService(TestReportRepository reports, DashboardService dashboard, BlacklistService blacklist,
                      EmailTemplateService templates, SenderVerification senders, AccountService accounts,
                      AwsRequestValidator validator, Pages pages, MockProperties mockProperties,
                      DeliverabilityProperties properties, Clock clock) {
        this.reports = reports;
        this.dashboard = dashboard;
        this.blacklist = blacklist;
        this.templates = templates;
        this.senders = senders;
        this.accounts = accounts;
        this.validator = validator;
        this.pages = pages;
        this.mockProperties = mockProperties;
        this.testDuration = properties.testDuration();
        this.maxStoredMessageBytes = properties.maxStoredMessageSize().toBytes();
        this.clock = clock;
    }

    CreateDeliverabilityTestReportResponse create(AccountRegion caller, ApiFace face,
                                                  CreateDeliverabilityTestReportRequest request) {
        validator.validate(request);
        List<Tag> tags = TagRules.normalize(request.Tags(), mockProperties.limits().tagsPerResource());
        requireWellFormed(request.FromEmailAddress());
        EmailContent content = request.Content();
        long parts = Stream.of(content.Simple(), content.Raw(), content.Template()).filter(p -> p != null).count();
        if (parts != 1) {
            throw new AwsException(AwsErrorType.BAD_REQUEST,
                    "Content must contain exactly one of Simple, Raw or Template.");
        }
        dashboard.requireDashboard(caller);
        Instant now = clock.instant();
        String reportId = newReportId(now);
        Tested tested = tested(caller, face, reportId, request.FromEmailAddress(), content, now);
        if (!accounts.sendingEnabled(caller)) {
            throw new AwsException(AwsErrorType.SENDING_PAUSED,
                    "Sending is paused for this account in region " + caller.region() + ".");
        }
        if (mockProperties.sending().requireVerifiedSender()
                && !senders.isVerifiedAddress(caller, request.FromEmailAddress())) {
            throw new AwsException(AwsErrorType.MESSAGE_REJECTED, "Email address is not verified. The following "
                    + "identities failed the check in region " + caller.region().toUpperCase(Locale.ROOT) + ": "
                    + request.FromEmailAddress());
        }
        // A report is kept until a reset, a thousand of them per account and region: each keeps
        // the start of its message, and its names cut to a header line's length.
        TestReport report = new TestReport(reportId, StoredText.cut(request.ReportName(), StoredText.MAX_LINE),
                StoredText.cut(tested.subject(), StoredText.MAX_LINE), request.FromEmailAddress(), now, tags,
                StoredText.cutUtf8(tested.mime(), maxStoredMessageBytes),
                blacklist.listedSender(request.FromEmailAddress()));
        reports.insert(caller, report);
        return new CreateDeliverabilityTestReportResponse(reportId,
                report.summary(now, testDuration).DeliverabilityTestStatus());
    }

    GetDeliverabilityTestReportResponse get(AccountRegion caller, String reportId) {
        dashboard.requireDashboard(caller);
        TestReport report = reports.require(caller, reportId);
        Instant now = clock.instant();
        boolean completed = report.completedAt(now, testDuration);
        PlacementStatistics placement = completed ? PlacementStatistics.of(report.spam()) : PlacementStatistics.NONE;
        List<IspPlacement> isps = completed
                ? Isps.TEST_PANEL.stream().map(isp -> new IspPlacement(isp, placement)).toList()
                : List.of();
        return new GetDeliverabilityTestReportResponse(report.summary(now, testDuration), placement, isps,
                report.message(), report.Tags());
    }

    Page<DeliverabilityTestReport> list(AccountRegion caller, Integer pageSize, String nextToken) {
        dashboard.requireDashboard(caller);
        Instant now = clock.instant();
        return pages.page(reports, caller, pageSize, nextToken).map(report -> report.summary(now, testDuration));
    }

    private Tested tested(AccountRegion caller, ApiFace face, String reportId, String from, EmailContent content,
                          Instant now) {
        if (content.Simple() != null) {
            var simple = content.Simple();
            return TestMessages.compose(reportId, from, simple.Subject().Data(),
                    simple.Body().Text() == null ? null : simple.Body().Text().Data(),
                    simple.Body().Html() == null ? null : simple.Body().Html().Data(), now);
        }
        if (content.Raw() != null) {
            return TestMessages.raw(content.Raw().Data());
        }
        RenderedEmail rendered = render(caller, face, content.Template());
        return TestMessages.compose(reportId, from, rendered.subject() == null ? "" : rendered.subject(),
                rendered.text(), rendered.html(), now);
    }

    /** A template's source as on {@code SendEmail}: Pinpoint Email knows only {@code TemplateArn}. */
    private RenderedEmail render(AccountRegion caller, ApiFace face, Template template) {
        String name = face == ApiFace.PINPOINT_EMAIL ? null : template.TemplateName();
        var inline = face == ApiFace.PINPOINT_EMAIL ? null : template.TemplateContent();
        templates.requireOneSource(face, name, template.TemplateArn(), inline);
        if (template.TemplateData() == null) {
            throw AwsRequestValidator.invalidMember("content.template.templateData", "Member must not be null");
        }
        try {
            if (inline != null) {
                return templates.renderInline(inline.Subject(), inline.Text(), inline.Html(),
                        template.TemplateData());
            }
            String templateName = name != null ? name : templates.templateName(caller, template.TemplateArn());
            return templates.render(caller, templateName, template.TemplateData());
        } catch (TemplateRenderingException e) {
            // SES renders a test message before it sends it to the panel, so a missing variable fails the call.
            throw new AwsException(AwsErrorType.BAD_REQUEST, e.getMessage());
        }
    }

    private static void requireWellFormed(String address) {
        if (address.length() > StoredText.MAX_ADDRESS) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "Illegal address: longer than "
                    + StoredText.MAX_ADDRESS + " characters");
        }
        try {
            new InternetAddress(address, true);
        } catch (AddressException e) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "Illegal address: " + address);
        }
        if (address.indexOf('@') < 0) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "Illegal address: " + address);
        }
    }

    /** Ids that sort in the order of creation, so that the list shows the oldest test first. */
    private static String newReportId(Instant now) {
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        return String.format("%013x", now.toEpochMilli()) + HexFormat.of().formatHex(random);
    }
}
