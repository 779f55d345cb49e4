package io.github.pinpointemailmock.template;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.MutableClock;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.SteppingClockConfiguration;
import io.github.pinpointemailmock.support.TestAccounts;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.EmailTemplateContent;
import software.amazon.awssdk.services.sesv2.model.EmailTemplateMetadata;
import software.amazon.awssdk.services.sesv2.model.GetEmailTemplateResponse;
import software.amazon.awssdk.services.sesv2.model.ListEmailTemplatesResponse;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Email templates through the real SES v2 SDK, with the application's clock under the test's control. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = {
        io.github.pinpointemailmock.PinpointEmailMockApplication.class, SteppingClockConfiguration.class})
class EmailTemplateIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant START = SteppingClockConfiguration.START;

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    String account;
    SesV2Client v2;

    @BeforeEach
    void openAClientForAFreshAccount() {
        account = TestAccounts.random();
        v2 = SesV2Clients.forPort(port, account, "us-east-1");
    }

    @AfterEach
    void closeTheClient() {
        v2.close();
    }

    private void create(String name, String subject, String text, String html) {
        v2.createEmailTemplate(request -> request.templateName(name).templateContent(content -> content
                .subject(subject).text(text).html(html)));
    }

    @Test
    void aTemplateIsCreatedReadUpdatedAndDeleted() {
        v2.createEmailTemplate(request -> request.templateName("welcome")
                .templateContent(content -> content.subject("Hi {{name}}").text("Hello {{name}}")
                        .html("<h1>Hello {{name}}</h1>"))
                .tags(Tag.builder().key("team").value("growth").build()));

        GetEmailTemplateResponse got = v2.getEmailTemplate(request -> request.templateName("welcome"));
        assertThat(got.templateName()).isEqualTo("welcome");
        assertThat(got.templateContent()).isEqualTo(EmailTemplateContent.builder().subject("Hi {{name}}")
                .text("Hello {{name}}").html("<h1>Hello {{name}}</h1>").build());
        assertThat(got.tags()).containsExactly(Tag.builder().key("team").value("growth").build());

        v2.updateEmailTemplate(request -> request.templateName("welcome")
                .templateContent(content -> content.subject("Welcome, {{name}}")));
        GetEmailTemplateResponse updated = v2.getEmailTemplate(request -> request.templateName("welcome"));
        assertThat(updated.templateContent()).isEqualTo(EmailTemplateContent.builder()
                .subject("Welcome, {{name}}").build());
        assertThat(updated.tags()).hasSize(1);

        v2.deleteEmailTemplate(request -> request.templateName("welcome"));

        assertThatThrownBy(() -> v2.getEmailTemplate(request -> request.templateName("welcome")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Email template welcome does not exist."));
    }

    @Test
    void everyOperationOnATemplateThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> v2.updateEmailTemplate(request -> request.templateName("ghost")
                .templateContent(content -> content.subject("s"))))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException",
                        "Email template ghost does not exist."));
        assertThatThrownBy(() -> v2.deleteEmailTemplate(request -> request.templateName("ghost")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> v2.testRenderEmailTemplate(request -> request.templateName("ghost")
                .templateData("{}")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
    }

    @Test
    void aSecondCreateOfANameIsAlreadyExists() {
        create("promo", "s", null, null);

        assertThatThrownBy(() -> create("promo", "t", null, null))
                .isInstanceOfSatisfying(AlreadyExistsException.class, modelledError(400, "AlreadyExistsException",
                        "Email template promo already exists."));
    }

    @Test
    void invalidNamesContentAndTemplatesAreBadRequests() {
        assertThatThrownBy(() -> create("no spaces", "s", null, null))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'templateName' failed to satisfy constraint: "
                                + "Member must satisfy regular expression pattern: ^[a-zA-Z0-9_-]*$"));
        assertThatThrownBy(() -> v2.createEmailTemplate(request -> request.templateName("t")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'templateContent' failed to satisfy constraint: "
                                + "Member must not be null"));
        assertThatThrownBy(() -> create("t", "{{#if x}}", null, null))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        assertThat(v2.listEmailTemplates(request -> { }).templatesMetadata()).isEmpty();
    }

    @Test
    void aTestRenderAnswersTheWholeMimeMessage() throws Exception {
        create("receipt", "Receipt for {{customer.name}}",
                "{{#each items}}{{name}}: {{price}}\n{{/each}}{{#if note}}Note: {{note}}{{/if}}",
                "<p>Dear {{customer.name}}</p>");

        String rendered = v2.testRenderEmailTemplate(request -> request.templateName("receipt").templateData(
                "{\"customer\":{\"name\":\"Ana & Bo\"},\"items\":[{\"name\":\"pen\",\"price\":2.5}]}"))
                .renderedTemplate();

        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(rendered.getBytes(StandardCharsets.UTF_8)));
        assertThat(message.getSubject()).isEqualTo("Receipt for Ana & Bo");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("pen: 2.5\n");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Dear Ana &amp; Bo</p>");
    }

    @Test
    void aTestRenderWithMissingVariablesOrBadDataIsABadRequest() {
        create("greet", "Hi {{name}}", null, null);

        assertThatThrownBy(() -> v2.testRenderEmailTemplate(request -> request.templateName("greet")
                .templateData("{\"nom\":\"x\"}")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Attribute 'name' is not present in the rendering data."));
        assertThatThrownBy(() -> v2.testRenderEmailTemplate(request -> request.templateName("greet")
                .templateData("[\"name\"]")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Invalid TemplateData: it must be a JSON object."));
        assertThatThrownBy(() -> v2.testRenderEmailTemplate(request -> request.templateName("greet")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "1 validation error detected: Value at 'templateData' failed to satisfy constraint: "
                                + "Member must not be null"));
    }

    @Test
    void theListShowsNamesAndCreationTimesPagedWithSignedTokens() {
        Instant first = clock.instant();
        IntStream.range(0, 5).forEach(i -> {
            create("t" + i, "s", null, null);
            clock.advance(Duration.ofSeconds(1));
        });

        ListEmailTemplatesResponse page = v2.listEmailTemplates(request -> request.pageSize(2));
        assertThat(page.templatesMetadata()).extracting(EmailTemplateMetadata::templateName)
                .containsExactly("t0", "t1");
        assertThat(page.templatesMetadata().get(0).createdTimestamp()).isEqualTo(first);
        assertThat(page.nextToken()).isNotBlank();

        List<String> all = v2.listEmailTemplatesPaginator(request -> request.pageSize(2)).stream()
                .flatMap(response -> response.templatesMetadata().stream())
                .map(EmailTemplateMetadata::templateName).toList();
        assertThat(all).containsExactly("t0", "t1", "t2", "t3", "t4");

        String token = page.nextToken();
        try (SesV2Client other = SesV2Clients.forPort(port, "999988887775", "us-east-1")) {
            assertThatThrownBy(() -> other.listEmailTemplates(request -> request.nextToken(token)))
                    .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        }
        assertThatThrownBy(() -> v2.listEmailTemplates(request -> request.pageSize(1001)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
    }

    @Test
    void aTemplateIsTaggedByItsArn() {
        create("tagged", "s", null, null);
        String arn = "arn:aws:ses:us-east-1:" + account + ":template/tagged";

        v2.tagResource(request -> request.resourceArn(arn).tags(Tag.builder().key("k").value("v").build()));

        assertThat(v2.listTagsForResource(request -> request.resourceArn(arn)).tags())
                .containsExactly(Tag.builder().key("k").value("v").build());
        assertThat(v2.getEmailTemplate(request -> request.templateName("tagged")).tags()).hasSize(1);
    }

    @Test
    void eachAccountAndRegionHasItsOwnTemplatesAndTheStateShowsThemUntilAReset() {
        create("mine", "s", "t", null);
        try (SesV2Client other = SesV2Clients.forPort(port, "999988887774", "us-east-1");
             SesV2Client otherRegion = SesV2Clients.forPort(port, account, "eu-west-1")) {
            assertThat(other.listEmailTemplates(request -> { }).templatesMetadata()).isEmpty();
            assertThat(otherRegion.listEmailTemplates(request -> { }).templatesMetadata()).isEmpty();
            assertThatThrownBy(() -> other.getEmailTemplate(request -> request.templateName("mine")))
                    .isInstanceOf(NotFoundException.class);
        }
        MockControlPlane http = new MockControlPlane(port);

        JsonNode template = scope(JSON.readTree(http.send("GET", "/_mock/state", null, null).body()))
                .get("EmailTemplates").get(0);
        assertThat(template.get("TemplateName").asString()).isEqualTo("mine");
        assertThat(template.get("TemplateContent").get("Text").asString()).isEqualTo("t");
        assertThat(template.get("CreatedTimestamp").asLong()).isEqualTo(clock.instant().getEpochSecond());

        http.send("POST", "/_mock/reset?account=" + account, null, null);

        assertThat(v2.listEmailTemplates(request -> { }).templatesMetadata()).isEmpty();
    }

    private JsonNode scope(JsonNode state) {
        for (JsonNode scope : state) {
            if (scope.get("account").asString().equals(account) && scope.get("region").asString().equals("us-east-1")) {
                return scope;
            }
        }
        throw new AssertionError("no scope for " + account);
    }
}
