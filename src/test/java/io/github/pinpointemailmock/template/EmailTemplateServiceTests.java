package io.github.pinpointemailmock.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.config.MockProperties;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.paging.PageTokens;
import io.github.pinpointemailmock.paging.Pages;
import io.github.pinpointemailmock.paging.Pages.Page;
import io.github.pinpointemailmock.support.MutableClock;
import io.github.pinpointemailmock.support.TestProperties;
import io.github.pinpointemailmock.validation.AwsRequestValidator;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class EmailTemplateServiceTests {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final AccountRegion CALLER = new AccountRegion("111122223333", "us-east-1");
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final EmailTemplateService service = service(20_000);

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    private EmailTemplateService service(int limit) {
        MockProperties defaults = TestProperties.defaults();
        MockProperties.Limits limits = defaults.limits();
        MockProperties properties = TestProperties.of(List.of(), new MockProperties.Limits(
                limits.configurationSets(), limits.dedicatedIpPools(), limits.emailIdentities(),
                limits.tagsPerResource(), limits.suppressedDestinations(), limit), defaults.validation());
        PageTokens tokens = new PageTokens();
        return new EmailTemplateService(new EmailTemplateRepository(properties), new TemplateRenderer(clock),
                new AwsRequestValidator(VALIDATION.getValidator()), new Pages(tokens), properties, clock);
    }

    private static void create(EmailTemplateService on, String name, String subject, String text, String html) {
        on.create(CALLER, new CreateEmailTemplateRequest(name, new EmailTemplateContent(subject, text, html), null));
    }

    private void create(String name, String subject, String text, String html) {
        create(service, name, subject, text, html);
    }

    private static void assertAwsError(Throwable thrown, AwsErrorType type, String message) {
        assertThat(thrown).isInstanceOf(AwsException.class);
        assertThat(((AwsException) thrown).type()).isEqualTo(type);
        if (message != null) {
            assertThat(thrown).hasMessage(message);
        }
    }

    @Test
    void variablesAndNestedVariablesAreReplacedInEveryPart() {
        create("welcome", "Hello {{name}}", "Dear {{name}}, your city is {{address.city}}.",
                "<p>{{name}} in {{address.city}}</p>");

        RenderedEmail rendered = service.render(CALLER, "welcome",
                "{\"name\":\"Ana\",\"address\":{\"city\":\"Lisbon\"}}");

        assertThat(rendered).isEqualTo(new RenderedEmail("Hello Ana", "Dear Ana, your city is Lisbon.",
                "<p>Ana in Lisbon</p>"));
    }

    @Test
    void ifAndEachBlocksFollowTheData() {
        create("order", "Order", "{{#if vip}}VIP {{/if}}{{#each items}}[{{name}} x{{qty}}]{{/each}}"
                + "{{#unless vip}}regular{{/unless}}", null);

        assertThat(service.render(CALLER, "order",
                "{\"vip\":true,\"items\":[{\"name\":\"pen\",\"qty\":2},{\"name\":\"ink\",\"qty\":1}]}").text())
                .isEqualTo("VIP [pen x2][ink x1]");
        assertThat(service.render(CALLER, "order", "{\"vip\":false,\"items\":[]}").text()).isEqualTo("regular");
        // A variable only tested by #if may be missing: it is false, not a rendering failure.
        assertThat(service.render(CALLER, "order", "{\"items\":[]}").text()).isEqualTo("regular");
    }

    @Test
    void onlyTheHtmlPartIsHtmlEscapedAndTripleBracesAreNot() {
        create("escape", "{{v}}", "{{v}}", "<b>{{v}}</b>{{{v}}}");

        RenderedEmail rendered = service.render(CALLER, "escape", "{\"v\":\"Tom & <Jerry>\"}");

        assertThat(rendered.subject()).isEqualTo("Tom & <Jerry>");
        assertThat(rendered.text()).isEqualTo("Tom & <Jerry>");
        assertThat(rendered.html()).isEqualTo("<b>Tom &amp; &lt;Jerry&gt;</b>Tom & <Jerry>");
    }

    @Test
    void aVariableMissingFromTheDataIsARenderingFailureNamingIt() {
        create("missing", "Hi {{name}}", "{{account.id}}", null);

        assertThatThrownBy(() -> service.render(CALLER, "missing", "{\"account\":{\"id\":1}}"))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessage("Attribute 'name' is not present in the rendering data.");
        assertThatThrownBy(() -> service.render(CALLER, "missing", "{\"name\":\"x\",\"account\":{}}"))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessage("Attribute 'account.id' is not present in the rendering data.");
    }

    @Test
    void aVariableMissingInsideEachIsARenderingFailureToo() {
        create("rows", null, "{{#each rows}}{{label}}{{/each}}", null);

        assertThatThrownBy(() -> service.render(CALLER, "rows", "{\"rows\":[{\"label\":\"a\"},{}]}"))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessage("Attribute 'label' is not present in the rendering data.");
    }

    @Test
    void templateDataThatIsNotAJsonObjectIsABadRequest() {
        create("t", "{{a}}", null, null);

        for (String data : List.of("not json", "[1,2]", "\"a\"", "42", "{\"a\":", "")) {
            assertThatThrownBy(() -> service.render(CALLER, "t", data))
                    .as(data)
                    .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.BAD_REQUEST,
                            "Invalid TemplateData: it must be a JSON object."));
        }
        assertThatThrownBy(() -> service.render(CALLER, "t", "{\"a\":\"" + "x".repeat(262_144) + "\"}"))
                .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.BAD_REQUEST,
                        "1 validation error detected: Value at 'templateData' failed to satisfy constraint: "
                                + "Member must have length less than or equal to 262144"));
    }

    @Test
    void renderingATemplateThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> service.render(CALLER, "nope", "{}"))
                .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.NOT_FOUND,
                        "Email template nope does not exist."));
        assertThat(service.find(CALLER, "nope")).isEmpty();
    }

    @Test
    void partialsAndBeanPropertiesReachNothingButTheData() {
        create("partial", null, "{{> application}}", null);
        create("bean", null, "{{name.bytes}}", null);

        assertThatThrownBy(() -> service.render(CALLER, "partial", "{}"))
                .isInstanceOf(TemplateRenderingException.class);
        assertThatThrownBy(() -> service.render(CALLER, "bean", "{\"name\":\"x\"}"))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessage("Attribute 'name.bytes' is not present in the rendering data.");
    }

    @Test
    void inlineContentIsRenderedAndMustBeValidHandlebars() {
        assertThat(service.renderInline("S {{a}}", null, "<i>{{a}}</i>", "{\"a\":\"<1>\"}"))
                .isEqualTo(new RenderedEmail("S <1>", null, "<i>&lt;1&gt;</i>"));
        assertThatThrownBy(() -> service.renderInline("{{#if a}}", null, null, "{}"))
                .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.BAD_REQUEST, null))
                .hasMessageStartingWith("1 validation error detected: Value at "
                        + "'content.template.templateContent.subject' failed to satisfy constraint: "
                        + "Member must be a valid Handlebars template");
        assertThatThrownBy(() -> service.renderInline("{{b}}", null, null, "{}"))
                .isInstanceOf(TemplateRenderingException.class);
    }

    @Test
    void aTemplateOfInvalidHandlebarsIsRefusedOnCreateAndUpdate() {
        assertThatThrownBy(() -> create("broken", null, null, "{{#each items}}<li>"))
                .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.BAD_REQUEST, null))
                .hasMessageContaining("'templateContent.html'");
        create("fine", "s", null, null);
        assertThatThrownBy(() -> service.update(CALLER, "fine", new UpdateEmailTemplateRequest(
                new EmailTemplateContent("{{/if}}", null, null))))
                .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.BAD_REQUEST, null));
        assertThat(service.find(CALLER, "fine")).contains(new EmailTemplateContent("s", null, null));
        assertThat(service.find(CALLER, "broken")).isEmpty();
    }

    @Test
    void blocksNestedDeeperThanTheLimitAreRefusedOnCreate() {
        String deepest = "{{#if a}}".repeat(100) + "x" + "{{/if}}".repeat(100);
        create("deep", deepest, null, null);
        assertThat(service.render(CALLER, "deep", "{\"a\":true}").subject()).isEqualTo("x");

        for (int depth : new int[] {101, 50_000}) {
            String tooDeep = "{{#each a}}".repeat(depth) + "{{/each}}".repeat(depth);
            assertThatThrownBy(() -> create("deeper", null, tooDeep, null))
                    .as("depth %d", depth)
                    .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.BAD_REQUEST,
                            "1 validation error detected: Value at 'templateContent.text' failed to satisfy "
                                    + "constraint: Member must be a valid Handlebars template: blocks may be nested "
                                    + "at most 100 deep"));
        }
    }

    @Test
    void namesAreCheckedAsSesDocumentsThem() {
        assertThatThrownBy(() -> create("has space", "s", null, null))
                .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.BAD_REQUEST,
                        "1 validation error detected: Value at 'templateName' failed to satisfy constraint: "
                                + "Member must satisfy regular expression pattern: ^[a-zA-Z0-9_-]*$"));
        assertThatThrownBy(() -> create("x".repeat(65), "s", null, null))
                .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.BAD_REQUEST,
                        "1 validation error detected: Value at 'templateName' failed to satisfy constraint: "
                                + "Member must have length less than or equal to 64"));
        assertThatThrownBy(() -> service.create(CALLER, new CreateEmailTemplateRequest("n", null, null)))
                .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.BAD_REQUEST,
                        "1 validation error detected: Value at 'templateContent' failed to satisfy constraint: "
                                + "Member must not be null"));
        create("x".repeat(64), "s", null, null);
        create("Aa_0-9", "s", null, null);
    }

    @Test
    void aSecondCreateOfANameIsAlreadyExistsAndNamesAreCaseSensitive() {
        create("Promo", "s", null, null);

        assertThatThrownBy(() -> create("Promo", "other", null, null))
                .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.ALREADY_EXISTS,
                        "Email template Promo already exists."));
        create("promo", "lower", null, null);
        assertThat(service.find(CALLER, "Promo")).contains(new EmailTemplateContent("s", null, null));
    }

    @Test
    void theQuotaIsPerAccountAndRegion() {
        EmailTemplateService small = service(2);
        create(small, "a", "s", null, null);
        create(small, "b", "s", null, null);

        assertThatThrownBy(() -> create(small, "c", "s", null, null))
                .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.LIMIT_EXCEEDED,
                        "Maximum number of email templates (2) reached for this account in us-east-1."));
        small.create(new AccountRegion("111122223333", "eu-west-1"), new CreateEmailTemplateRequest("c",
                new EmailTemplateContent("s", null, null), null));
        small.delete(CALLER, "a");
        create(small, "c", "s", null, null);
    }

    @Test
    void anUpdateReplacesTheContentAndKeepsTheCreationTime() {
        create("t", "old", null, null);
        clock.advance(Duration.ofHours(1));

        service.update(CALLER, "t", new UpdateEmailTemplateRequest(new EmailTemplateContent(null, "new", null)));

        EmailTemplate updated = service.get(CALLER, "t");
        assertThat(updated.content()).isEqualTo(new EmailTemplateContent(null, "new", null));
        assertThat(updated.createdTimestamp()).isEqualTo(START);
        assertThatThrownBy(() -> service.update(CALLER, "u", new UpdateEmailTemplateRequest(
                new EmailTemplateContent("s", null, null))))
                .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.NOT_FOUND,
                        "Email template u does not exist."));
    }

    @Test
    void theListIsPagedByName() {
        for (String name : List.of("c", "a", "e", "b", "d")) {
            create(name, "s", null, null);
        }

        Page<EmailTemplate> first = service.list(CALLER, 2, null);
        Page<EmailTemplate> second = service.list(CALLER, 2, first.nextToken());
        Page<EmailTemplate> last = service.list(CALLER, 2, second.nextToken());

        assertThat(first.items()).extracting(EmailTemplate::name).containsExactly("a", "b");
        assertThat(second.items()).extracting(EmailTemplate::name).containsExactly("c", "d");
        assertThat(last.items()).extracting(EmailTemplate::name).containsExactly("e");
        assertThat(last.nextToken()).isNull();
        assertThatThrownBy(() -> service.list(CALLER, 2, "forged"))
                .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.BAD_REQUEST, null));
    }

    @Test
    void aTemplateArnOfTheCallerNamesItsTemplate() {
        assertThat(service.templateName(CALLER, "arn:aws:ses:us-east-1:111122223333:template/welcome"))
                .isEqualTo("welcome");
        for (String foreign : List.of("arn:aws:ses:eu-west-1:111122223333:template/welcome",
                "arn:aws:ses:us-east-1:999988887777:template/welcome",
                "arn:aws-cn:ses:us-east-1:111122223333:template/welcome")) {
            assertThatThrownBy(() -> service.templateName(CALLER, foreign))
                    .as(foreign)
                    .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.NOT_FOUND,
                            "Email template " + foreign + " does not exist."));
        }
        for (String malformed : List.of("welcome", "arn:aws:ses:us-east-1:111122223333:identity/a.com",
                "arn:aws:sns:us-east-1:111122223333:template/welcome", "arn:aws:ses:us-east-1:1:template/x")) {
            assertThatThrownBy(() -> service.templateName(CALLER, malformed))
                    .as(malformed)
                    .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.BAD_REQUEST, "Invalid template ARN "
                            + malformed + "; expected arn:aws:ses:<region>:<account>:template/<name>."));
        }
    }

    @Test
    void theRenderedMessageIsAMultipartAlternativeOfTextThenHtml() throws Exception {
        create("mime", "Hi {{n}} é", "text {{n}}", "<p>{{n}}</p>");

        String message = service.testRender(CALLER, "mime", new TestRenderEmailTemplateRequest("{\"n\":\"Zoë\"}"));

        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.getSubject()).isEqualTo("Hi Zoë é");
        assertThat(parsed.getSentDate().toInstant()).isEqualTo(START);
        assertThat(parsed.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) parsed.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("text Zoë");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Zoë</p>");
        assertThat(message).contains("MIME-Version: 1.0\r\n").doesNotContain("Message-ID");
    }

    @Test
    void aTestRenderWithAMissingVariableIsABadRequestWithSesMessage() {
        create("t", "{{who}}", null, null);

        assertThatThrownBy(() -> service.testRender(CALLER, "t", new TestRenderEmailTemplateRequest("{}")))
                .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.BAD_REQUEST,
                        "Attribute 'who' is not present in the rendering data."));
        assertThatThrownBy(() -> service.testRender(CALLER, "t", new TestRenderEmailTemplateRequest(null)))
                .satisfies(thrown -> assertAwsError(thrown, AwsErrorType.BAD_REQUEST,
                        "1 validation error detected: Value at 'templateData' failed to satisfy constraint: "
                                + "Member must not be null"));
    }

    @Test
    void eachAccountHasItsOwnTemplates() {
        create("shared", "mine", null, null);
        AccountRegion other = new AccountRegion("999988887777", "us-east-1");

        assertThat(service.find(other, "shared")).isEqualTo(Optional.empty());
        assertThat(service.list(other, null, null).items()).isEmpty();
    }
}
