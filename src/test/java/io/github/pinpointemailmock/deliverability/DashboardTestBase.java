package io.github.pinpointemailmock.deliverability;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.MutableClock;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.SteppingClockConfiguration;
import io.github.pinpointemailmock.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SendEmailResponse;

/**
 * What the dashboard ITs share: one application (so one context for all of them) with the clock under the tests'
 * control, a test duration of one minute, room for three test reports and 4 KB of each one's message; a fresh
 * account per test with a verified
 * sending domain. The clock only moves on: a test reads the time it starts at.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = {
        io.github.pinpointemailmock.PinpointEmailMockApplication.class, SteppingClockConfiguration.class},
        properties = {"mock.deliverability.test-duration=1m", "mock.deliverability.max-test-reports=3",
                "mock.deliverability.max-stored-message-size=4KB"})
abstract class DashboardTestBase {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    String account;
    String domain;
    SesV2Client v2;
    PinpointEmailClient v1;
    MockControlPlane controlPlane;

    @BeforeEach
    void openClientsForAFreshAccountWithAVerifiedDomain() {
        account = TestAccounts.random();
        domain = "d" + account + ".example.com";
        v2 = SesV2Clients.forPort(port, account, "us-east-1");
        v1 = PinpointEmailClients.forPort(port, account, "us-east-1");
        controlPlane = new MockControlPlane(port);
        v2.createEmailIdentity(request -> request.emailIdentity(domain));
    }

    @AfterEach
    void closeTheClients() {
        v2.close();
        v1.close();
    }

    void subscribe(String... domains) {
        v2.putDeliverabilityDashboardOption(request -> request.dashboardEnabled(true)
                .subscribedDomains(java.util.Arrays.stream(domains)
                        .map(d -> software.amazon.awssdk.services.sesv2.model.DomainDeliverabilityTrackingOption
                                .builder().domain(d).build())
                        .toList()));
    }

    /** A Simple message from {@code from} with that subject to the given addresses, through SES v2. */
    String send(String from, String subject, String... to) {
        SendEmailResponse response = v2.sendEmail(request -> request.fromEmailAddress(from)
                .destination(d -> d.toAddresses(to))
                .content(c -> c.simple(m -> m.subject(s -> s.data(subject)).body(b -> b.text(t -> t.data("x"))))));
        return response.messageId();
    }
}
