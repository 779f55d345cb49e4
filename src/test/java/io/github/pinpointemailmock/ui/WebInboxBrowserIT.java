package io.github.pinpointemailmock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.TestAccounts;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AttachmentContentDisposition;
import software.amazon.awssdk.services.sesv2.model.EventType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web inbox in a real browser (headless Chromium): mail sent with the SDK shows up live, opens with its HTML in
 * a sandboxed frame, its text, headers, raw source and attachments; the search operators, the account picker, the
 * state and request log views, and reset. Each test works in an account of its own, picked in the page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebInboxBrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private String account;
    private SesV2Client v2;
    private MockControlPlane http;

    @BeforeAll
    static void startBrowser() {
        chromium = new HeadlessChromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void setUp() {
        browser = chromium.driver();
        // The list is drawn again whenever something changes: an element read a moment ago may be gone.
        wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        account = TestAccounts.random();
        v2 = SesV2Clients.forPort(port, account, "us-east-1");
        http = new MockControlPlane(port);
        v2.createEmailIdentity(request -> request.emailIdentity("example.com"));
        v2.createConfigurationSet(request -> request.configurationSetName("marketing")
                .deliveryOptions(d -> d.tlsPolicy("REQUIRE")));
    }

    @AfterEach
    void close() {
        v2.close();
        // Leave the page, so its live stream ends before the next test opens another.
        browser.get("about:blank");
    }

    /** Opens the inbox, waits for its live stream, and picks this test's account. */
    private void openInboxOfThisAccount() {
        browser.get("http://localhost:" + port + "/_mock/ui");
        wait.until(d -> "live".equals(d.findElement(By.id("live")).getDomAttribute("data-state")));
        wait.until(d -> new Select(d.findElement(By.id("account-picker"))).getOptions().stream()
                .anyMatch(option -> account.equals(option.getDomAttribute("value"))));
        new Select(browser.findElement(By.id("account-picker"))).selectByValue(account);
        wait.until(d -> d.findElement(By.id("empty-inbox")).isDisplayed());
        assertThat(browser.findElement(By.id("reset-button")).getText()).isEqualTo("Reset account " + account);
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#message-list .message-row"));
    }

    private List<String> subjects() {
        return rows().stream().map(row -> row.findElement(By.className("row-subject")).getText()).toList();
    }

    private void waitForSubjects(String... subjects) {
        wait.until(d -> subjects().equals(List.of(subjects)));
    }

    private List<String> chips(WebElement row) {
        return row.findElements(By.className("chip")).stream().map(chip -> chip.getDomAttribute("data-chip"))
                .toList();
    }

    private void search(String query) {
        WebElement box = browser.findElement(By.id("search"));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        box.sendKeys(query, Keys.ENTER);
    }

    private String sendWelcome() {
        return v2.sendEmail(request -> request.fromEmailAddress("news@example.com")
                .destination(d -> d.toAddresses("alice@example.net", "bounce@simulator.amazonses.com"))
                .configurationSetName("marketing")
                .emailTags(t -> t.name("kind").value("welcome"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("Welcome aboard, Alice"))
                        .body(b -> b
                                .html(h -> h.data("<h1 id=\"greeting\">Welcome!</h1><p>Thanks for joining.</p>"
                                        + "<script>document.body.innerHTML = 'scripted';</script>"))
                                .text(t -> t.data("Welcome! Thanks for joining.")))
                        .attachments(a -> a.fileName("terms.txt").contentType("text/plain")
                                .contentDisposition(AttachmentContentDisposition.ATTACHMENT)
                                .rawContent(SdkBytes.fromString("Terms and conditions", StandardCharsets.UTF_8))))))
                .messageId();
    }

    private String sendInvoice() {
        return v2.sendEmail(request -> request.fromEmailAddress("billing@example.com")
                .destination(d -> d.toAddresses("bob@example.net"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("Your invoice"))
                        .body(b -> b.text(t -> t.data("Invoice 42: 10 EUR"))))))
                .messageId();
    }

    @Test
    void mailSentWithTheSdkAppearsLiveAndOpensWithItsHtmlTextHeadersRawSourceAndAttachment() throws Exception {
        openInboxOfThisAccount();
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");

        String welcome = sendWelcome();
        String invoice = sendInvoice();

        waitForSubjects("Your invoice", "Welcome aboard, Alice");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"))
                .as("the page was updated in place, not reloaded").isEqualTo(true);
        assertThat(rows().get(0).getDomAttribute("data-message-id")).isEqualTo(invoice);
        WebElement welcomeRow = rows().get(1);
        assertThat(welcomeRow.findElement(By.className("row-from")).getText()).isEqualTo("news@example.com");
        assertThat(welcomeRow.findElement(By.className("row-to")).getText())
                .isEqualTo("to alice@example.net, bounce@simulator.amazonses.com");
        assertThat(welcomeRow.findElement(By.className("row-cs")).getText()).isEqualTo("marketing");
        assertThat(welcomeRow.findElement(By.className("row-time")).getText()).isNotBlank();
        assertThat(chips(welcomeRow)).containsExactly("delivered", "bounced");
        assertThat(chips(rows().get(0))).containsExactly("delivered");

        welcomeRow.click();
        wait.until(ExpectedConditions.textToBe(By.id("m-subject"), "Welcome aboard, Alice"));
        WebElement frame = browser.findElement(By.id("m-html"));
        assertThat(frame.getDomAttribute("sandbox")).as("no allow-scripts, no allow-same-origin").isEmpty();
        browser.switchTo().frame(frame);
        try {
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting"))).getText())
                    .isEqualTo("Welcome!");
            assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("scripted");
        } finally {
            browser.switchTo().defaultContent();
        }
        assertThat(browser.findElement(By.id("m-meta")).getText())
                .contains("news@example.com", "alice@example.net", welcome, "marketing", "kind=welcome");
        assertThat(browser.findElement(By.cssSelector("#m-recipients [data-address='bounce@simulator.amazonses.com']"))
                .getText()).contains("bounced", "Permanent");

        WebElement attachment = browser.findElement(By.cssSelector("#m-attachments a.attachment-link"));
        assertThat(attachment.getText()).contains("terms.txt");
        String attachmentPath = "/_mock/emails/" + welcome + "/attachments/0";
        assertThat(attachment.getDomAttribute("href")).isEqualTo(attachmentPath);
        assertThat(attachment.getDomAttribute("download")).isEqualTo("terms.txt");
        HttpResponse<String> downloaded = http.send("GET", attachmentPath, null, null);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo("Terms and conditions");

        chromium.screenshot("inbox");

        browser.findElement(By.id("m-tab-text")).click();
        wait.until(ExpectedConditions.textToBe(By.id("m-text"), "Welcome! Thanks for joining."));
        browser.findElement(By.id("m-tab-headers")).click();
        assertThat(browser.findElement(By.id("m-headers")).getText())
                .contains("Subject Welcome aboard, Alice", "From news@example.com");
        browser.findElement(By.id("m-tab-raw")).click();
        wait.until(ExpectedConditions.textMatches(By.id("m-raw"), java.util.regex.Pattern.compile("MIME-Version: 1.0")));
        assertThat(browser.findElement(By.id("m-raw")).getText()).contains("Subject: Welcome aboard, Alice");
        browser.findElement(By.id("m-tab-events")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#m-events li[data-event-type='Bounce']")).isEmpty());
        assertThat(browser.findElement(By.id("m-events")).getText())
                .contains("Send", "Delivery", "alice@example.net", "bounce@simulator.amazonses.com");
        chromium.screenshot("inbox-events");

        search("is:bounced");
        waitForSubjects("Welcome aboard, Alice");
        search("to:bob@example.net");
        waitForSubjects("Your invoice");
        search("subject:welcome");
        waitForSubjects("Welcome aboard, Alice");
        search("cs:marketing tag:kind:welcome");
        waitForSubjects("Welcome aboard, Alice");
        search("from:billing");
        waitForSubjects("Your invoice");
        search("has:attachment");
        waitForSubjects("Welcome aboard, Alice");
        search("is:complained");
        waitForSubjects();
        search("is:nonsense");
        wait.until(ExpectedConditions.textMatches(By.id("search-error"),
                java.util.regex.Pattern.compile("is:nonsense is not known")));
        search("");
        waitForSubjects("Your invoice", "Welcome aboard, Alice");
    }

    @Test
    void theStateAndRequestViewsShowTheAccountsResourcesAndCallsAndResetEmptiesIt() {
        v2.createDedicatedIpPool(request -> request.poolName("pool-a"));
        v2.putSuppressedDestination(request -> request.emailAddress("gone@example.net").reason("BOUNCE"));
        openInboxOfThisAccount();
        sendInvoice();
        waitForSubjects("Your invoice");

        browser.findElement(By.id("tab-state")).click();
        WebElement scope = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#state .scope[data-account='" + account + "']")));
        assertThat(browser.findElements(By.cssSelector("#state .scope"))).hasSize(1);
        assertThat(scope.findElement(By.cssSelector("[data-kind='ConfigurationSets'] tr[data-name='marketing']"))
                .getText()).contains("TlsPolicy", "REQUIRE");
        assertThat(scope.findElement(By.cssSelector("[data-kind='EmailIdentities']")).getText())
                .contains("example.com", "DOMAIN");
        assertThat(scope.findElement(By.cssSelector("[data-kind='DedicatedIpPools']")).getText()).contains("pool-a");
        assertThat(scope.findElement(By.cssSelector("[data-kind='SuppressedDestinations']")).getText())
                .contains("gone@example.net", "BOUNCE");
        chromium.screenshot("state");

        browser.findElement(By.id("tab-requests")).click();
        wait.until(d -> d.findElement(By.id("requests")).getText().contains("SendEmail"));
        assertThat(browser.findElement(By.id("requests")).getText())
                .contains("CreateEmailIdentity", "CreateConfigurationSet", account);

        browser.findElement(By.id("tab-inbox")).click();
        WebElement reset = browser.findElement(By.id("reset-button"));
        reset.click();
        assertThat(reset.getText()).isEqualTo("Click again to reset");
        reset.click();
        wait.until(d -> d.findElement(By.id("empty-inbox")).isDisplayed());
        assertThat(JSON.readTree(http.send("GET", "/_mock/emails?account=" + account, null, null).body())
                .get("total").asInt()).isZero();
        assertThat(http.send("GET", "/_mock/state", null, null).body()).doesNotContain(account);
    }

    @Test
    void aTemplatedMessageShowsItsTemplateAndDataAndOneThatCannotBeRenderedItsChip() {
        v2.createEmailTemplate(request -> request.templateName("welcome-tpl").templateContent(c -> c
                .subject("Hi {{name}}").html("<p>Hello <b>{{name}}</b></p>").text("Hello {{name}}")));
        openInboxOfThisAccount();

        v2.sendEmail(request -> request.fromEmailAddress("news@example.com")
                .destination(d -> d.toAddresses("carol@example.net"))
                .content(c -> c.template(t -> t.templateName("welcome-tpl").templateData("{\"name\":\"Carol\"}"))));
        v2.sendEmail(request -> request.fromEmailAddress("news@example.com")
                .destination(d -> d.toAddresses("dave@example.net"))
                .content(c -> c.template(t -> t.templateName("welcome-tpl").templateData("{}"))));

        wait.until(d -> rows().size() == 2);
        assertThat(chips(rows().get(0))).containsExactly("rendering failure");
        search("is:failed");
        wait.until(d -> rows().size() == 1);
        search("template:welcome-tpl to:carol@example.net");
        waitForSubjects("Hi Carol");

        rows().get(0).click();
        wait.until(ExpectedConditions.textToBe(By.id("m-subject"), "Hi Carol"));
        browser.findElement(By.id("m-tab-template")).click();
        assertThat(browser.findElement(By.id("m-template")).getText()).contains("welcome-tpl", "Hi Carol");
        assertThat(browser.findElement(By.id("m-template-data")).getText()).contains("\"name\": \"Carol\"");
    }

    @Test
    void simulatingABounceAddsItToTheEventsTimelineAndTheMessagesChipsAndAnEventFromElsewhereArrivesLive() {
        v2.createConfigurationSetEventDestination(request -> request.configurationSetName("marketing")
                .eventDestinationName("to-sns")
                .eventDestination(d -> d.enabled(true).matchingEventTypes(EventType.BOUNCE, EventType.OPEN, EventType.CLICK,
                                EventType.SEND, EventType.DELIVERY)
                        .snsDestination(s -> s.topicArn("arn:aws:sns:us-east-1:" + account + ":mail-events"))));
        openInboxOfThisAccount();
        String messageId = v2.sendEmail(request -> request.fromEmailAddress("news@example.com")
                .destination(d -> d.toAddresses("erin@example.net"))
                .configurationSetName("marketing")
                .content(c -> c.simple(m -> m.subject(s -> s.data("Simulate me"))
                        .body(b -> b.html(h -> h.data("<p>hi</p>")))))).messageId();
        waitForSubjects("Simulate me");
        assertThat(chips(rows().get(0))).doesNotContain("bounced");

        rows().get(0).click();
        wait.until(ExpectedConditions.textToBe(By.id("m-subject"), "Simulate me"));
        browser.findElement(By.id("simulate-bounce")).click();

        wait.until(d -> !d.findElements(By.cssSelector("#m-events li[data-event-type='Bounce']")).isEmpty());
        wait.until(d -> chips(rows().get(0)).contains("bounced"));
        browser.findElement(By.id("simulate-open")).click();
        wait.until(d -> chips(rows().get(0)).contains("opened"));
        assertThat(browser.findElement(By.id("m-events-note")).getText()).doesNotContain("records no events");

        // A click raised by the test, not by the page: the stream's "event" brings it without a reload.
        assertThat(http.postJson("/_mock/emails/" + messageId + "/events",
                "{\"type\": \"Click\", \"link\": \"https://example.com/offer\"}").statusCode()).isEqualTo(200);
        wait.until(d -> chips(rows().get(0)).contains("clicked"));
        chromium.screenshot("events");
    }
}
