package io.github.pinpointemailmock.deliverability;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.model.AccountSuspendedException;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.CreateDeliverabilityTestReportResponse;
import software.amazon.awssdk.services.sesv2.model.DeliverabilityTestReport;
import software.amazon.awssdk.services.sesv2.model.DeliverabilityTestStatus;
import software.amazon.awssdk.services.sesv2.model.GetDeliverabilityTestReportResponse;
import software.amazon.awssdk.services.sesv2.model.IspPlacement;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.SendingPausedException;

/**
 * Predictive inbox placement tests through both SDK clients: IN_PROGRESS for the configured minute of the
 * application's clock, then COMPLETED with their placement.
 */
class TestReportsIT extends DashboardTestBase {

    private CreateDeliverabilityTestReportResponse createSimple(String from, String subject) {
        return v2.createDeliverabilityTestReport(r -> r.reportName("launch").fromEmailAddress(from)
                .content(c -> c.simple(m -> m.subject(s -> s.data(subject))
                        .body(b -> b.text(t -> t.data("Hello")).html(h -> h.data("<p>Hello</p>")))))
                .tags(t -> t.key("team").value("growth")));
    }

    @Test
    void aTestIsInProgressUntilTheTestDurationHasPassedThenCompletedInTheInbox() {
        subscribe(domain);
        Instant created = clock.instant();
        CreateDeliverabilityTestReportResponse response = createSimple("news@" + domain, "Launch day");
        assertThat(response.deliverabilityTestStatus()).isEqualTo(DeliverabilityTestStatus.IN_PROGRESS);

        GetDeliverabilityTestReportResponse inProgress =
                v2.getDeliverabilityTestReport(r -> r.reportId(response.reportId()));
        DeliverabilityTestReport summary = inProgress.deliverabilityTestReport();
        assertThat(summary.reportId()).isEqualTo(response.reportId());
        assertThat(summary.reportName()).isEqualTo("launch");
        assertThat(summary.subject()).isEqualTo("Launch day");
        assertThat(summary.fromEmailAddress()).isEqualTo("news@" + domain);
        assertThat(summary.createDate()).isEqualTo(created);
        assertThat(summary.deliverabilityTestStatus()).isEqualTo(DeliverabilityTestStatus.IN_PROGRESS);
        assertThat(inProgress.overallPlacement().inboxPercentage()).isNull();
        assertThat(inProgress.ispPlacements()).isEmpty();
        assertThat(inProgress.message()).contains("Subject: Launch day").contains("<p>Hello</p>");
        assertThat(inProgress.tags()).singleElement().satisfies(tag -> assertThat(tag.key()).isEqualTo("team"));

        clock.advance(Duration.ofSeconds(59));
        assertThat(v2.getDeliverabilityTestReport(r -> r.reportId(response.reportId()))
                .deliverabilityTestReport().deliverabilityTestStatus()).isEqualTo(DeliverabilityTestStatus.IN_PROGRESS);
        clock.advance(Duration.ofSeconds(1));

        GetDeliverabilityTestReportResponse completed =
                v2.getDeliverabilityTestReport(r -> r.reportId(response.reportId()));
        assertThat(completed.deliverabilityTestReport().deliverabilityTestStatus())
                .isEqualTo(DeliverabilityTestStatus.COMPLETED);
        assertThat(completed.overallPlacement().inboxPercentage()).isEqualTo(100.0);
        assertThat(completed.overallPlacement().spamPercentage()).isZero();
        assertThat(completed.overallPlacement().missingPercentage()).isZero();
        assertThat(completed.ispPlacements()).extracting(IspPlacement::ispName)
                .containsExactly("Gmail", "Hotmail", "Yahoo", "AOL");

        var pinpoint = v1.getDeliverabilityTestReport(r -> r.reportId(response.reportId()));
        assertThat(pinpoint.deliverabilityTestReport().deliverabilityTestStatusAsString()).isEqualTo("COMPLETED");
        assertThat(pinpoint.overallPlacement().inboxPercentage()).isEqualTo(100.0);
    }

    @Test
    void aSenderWhoseDomainIsBlacklistedLandsInSpam() {
        subscribe(domain);
        HttpResponse<String> listed = controlPlane.postJson("/_mock/blacklist",
                "{\"item\": \"" + domain + "\", \"rblName\": \"spamhaus-dbl\"}");
        assertThat(listed.statusCode()).isEqualTo(201);
        try {
            String id = createSimple("news@" + domain, "Spammy").reportId();
            clock.advance(Duration.ofMinutes(1));

            GetDeliverabilityTestReportResponse report = v2.getDeliverabilityTestReport(r -> r.reportId(id));
            assertThat(report.overallPlacement().spamPercentage()).isEqualTo(100.0);
            assertThat(report.overallPlacement().inboxPercentage()).isZero();
        } finally {
            controlPlane.send("DELETE", "/_mock/blacklist?item=" + domain, null, null);
        }
    }

    @Test
    void rawAndTemplatedContentAreTestedToo() {
        subscribe(domain);
        String raw = "From: news@" + domain + "\r\nTo: x@example.com\r\nSubject: Raw subject\r\n\r\nBody\r\n";
        String rawId = v1.createDeliverabilityTestReport(r -> r.fromEmailAddress("news@" + domain)
                .content(c -> c.raw(m -> m.data(SdkBytes.fromString(raw, StandardCharsets.UTF_8))))).reportId();
        v2.createEmailTemplate(r -> r.templateName("welcome").templateContent(
                t -> t.subject("Hi {{name}}").text("Welcome {{name}}")));
        String templatedId = v2.createDeliverabilityTestReport(r -> r.fromEmailAddress("news@" + domain)
                .content(c -> c.template(t -> t.templateName("welcome").templateData("{\"name\":\"Ann\"}"))))
                .reportId();

        assertThat(v2.getDeliverabilityTestReport(r -> r.reportId(rawId)).deliverabilityTestReport().subject())
                .isEqualTo("Raw subject");
        assertThat(v2.getDeliverabilityTestReport(r -> r.reportId(templatedId)).deliverabilityTestReport().subject())
                .isEqualTo("Hi Ann");
    }

    @Test
    void aReportKeepsTheStartOfALargeMessageAndTheFirst998CharactersOfItsSubjectAndName() {
        subscribe(domain);
        String subject = "S".repeat(2_000);
        String raw = "From: news@" + domain + "\r\nTo: x@example.com\r\nSubject: " + subject + "\r\n\r\n"
                + "x".repeat(20_000) + "\r\n";
        String id = v2.createDeliverabilityTestReport(r -> r.reportName("n".repeat(2_000))
                .fromEmailAddress("news@" + domain)
                .content(c -> c.raw(m -> m.data(SdkBytes.fromString(raw, StandardCharsets.UTF_8))))).reportId();

        GetDeliverabilityTestReportResponse report = v2.getDeliverabilityTestReport(r -> r.reportId(id));
        assertThat(report.message()).isEqualTo(raw.substring(0, 4096));
        assertThat(report.deliverabilityTestReport().subject()).isEqualTo("S".repeat(998));
        assertThat(report.deliverabilityTestReport().reportName()).isEqualTo("n".repeat(998));
        assertThat(v1.listDeliverabilityTestReports(r -> { }).deliverabilityTestReports())
                .singleElement().satisfies(summary -> assertThat(summary.subject()).hasSize(998));
    }

    @Test
    void aSenderAddressOfMoreThan320CharactersIsABadRequest() {
        subscribe(domain);
        String from = "a".repeat(320 - domain.length()) + "@" + domain;

        assertThatThrownBy(() -> createSimple(from, "Too long"))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Illegal address: longer than 320 characters"));
        assertThat(v2.listDeliverabilityTestReports(r -> { }).deliverabilityTestReports()).isEmpty();
    }

    @Test
    void theListShowsEveryTestOldestFirstPagedAndTheLimitIsLimitExceeded() {
        subscribe(domain);
        String first = createSimple("news@" + domain, "One").reportId();
        clock.advance(Duration.ofMillis(5));
        String second = createSimple("news@" + domain, "Two").reportId();
        clock.advance(Duration.ofMillis(5));
        String third = createSimple("news@" + domain, "Three").reportId();

        var page = v2.listDeliverabilityTestReports(r -> r.pageSize(2));
        assertThat(page.deliverabilityTestReports()).extracting(DeliverabilityTestReport::reportId)
                .containsExactly(first, second);
        var rest = v1.listDeliverabilityTestReports(r -> r.pageSize(2).nextToken(page.nextToken()));
        assertThat(rest.deliverabilityTestReports()).extracting(report -> report.reportId()).containsExactly(third);
        assertThat(rest.nextToken()).isNull();

        // mock.deliverability.max-test-reports=3 in these tests.
        assertThatThrownBy(() -> createSimple("news@" + domain, "Four"))
                .isInstanceOfSatisfying(LimitExceededException.class, modelledError(400, "LimitExceededException"));
        assertThat(v2.listDeliverabilityTestReports(r -> { }).deliverabilityTestReports()).hasSize(3);
    }

    @Test
    void anUnknownReportIsNotFoundAndWithoutADashboardNoTestCanBeMade() {
        assertThatThrownBy(() -> createSimple("news@" + domain, "Early"))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Unable to find a dashboard account for <" + account + ">."));
        assertThatThrownBy(() -> v2.listDeliverabilityTestReports(r -> { }))
                .isInstanceOf(NotFoundException.class);

        subscribe(domain);

        assertThatThrownBy(() -> v2.getDeliverabilityTestReport(r -> r.reportId("nope")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Deliverability test report nope does not exist."));
        assertThatThrownBy(() -> v1.getDeliverabilityTestReport(r -> r.reportId("nope")))
                .isInstanceOf(software.amazon.awssdk.services.pinpointemail.model.NotFoundException.class);
        assertThat(v2.listDeliverabilityTestReports(r -> { }).deliverabilityTestReports()).isEmpty();
    }

    @Test
    void anUnverifiedSenderIsRejectedAndAPausedAccountCannotTest() {
        subscribe(domain);

        assertThatThrownBy(() -> createSimple("someone@unverified.example.org", "Hi"))
                .isInstanceOfSatisfying(MessageRejectedException.class, modelledError(400, "MessageRejected"));

        v2.putAccountSendingAttributes(r -> r.sendingEnabled(false));
        assertThatThrownBy(() -> createSimple("news@" + domain, "Hi"))
                .isInstanceOfSatisfying(SendingPausedException.class,
                        modelledError(400, "SendingPausedException"));
        v2.putAccountSendingAttributes(r -> r.sendingEnabled(true));
        assertThat(v2.listDeliverabilityTestReports(r -> { }).deliverabilityTestReports()).isEmpty();
    }

    @Test
    void contentMustBeExactlyOneKindAndTheSenderAnAddress() {
        subscribe(domain);

        assertThatThrownBy(() -> v2.createDeliverabilityTestReport(r -> r.fromEmailAddress("news@" + domain)
                .content(c -> { })))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Content must contain exactly one of Simple, Raw or Template."));
        assertThatThrownBy(() -> createSimple("not-an-address", "Hi"))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> v1.createDeliverabilityTestReport(r -> r.fromEmailAddress("news@" + domain)))
                .isInstanceOf(software.amazon.awssdk.services.pinpointemail.model.BadRequestException.class);
    }

    @Test
    void anAccountSuspendedFaultAnswersTheModelledErrorOnBothFaces() {
        subscribe(domain);
        controlPlane.postJson("/_mock/faults", "{\"operation\": \"CreateDeliverabilityTestReport\", "
                + "\"error\": \"AccountSuspendedException\", \"count\": 2, \"account\": \"" + account + "\"}");

        assertThatThrownBy(() -> createSimple("news@" + domain, "Hi"))
                .isInstanceOfSatisfying(AccountSuspendedException.class,
                        modelledError(400, "AccountSuspendedException"));
        assertThatThrownBy(() -> v1.createDeliverabilityTestReport(r -> r.fromEmailAddress("news@" + domain)
                .content(c -> c.simple(m -> m.subject(s -> s.data("x")).body(b -> b.text(t -> t.data("x")))))))
                .isInstanceOf(software.amazon.awssdk.services.pinpointemail.model.AccountSuspendedException.class);
        assertThat(v2.listDeliverabilityTestReports(r -> { }).deliverabilityTestReports()).isEmpty();
    }
}
