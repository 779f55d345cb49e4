package io.github.pinpointemailmock.sending;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.Template;
import tools.jackson.databind.JsonNode;

/** SendEmail with Template content on both faces, and what the captured mail shows of the template. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SendTemplatedEmailIT {

    @LocalServerPort
    int port;

    private String account;
    private SesV2Client v2;
    private PinpointEmailClient v1;

    @BeforeEach
    void clients() {
        account = Sending.freshAccount();
        v2 = SesV2Clients.forPort(port, account, "us-east-1");
        v1 = PinpointEmailClients.forPort(port, account, "us-east-1");
        v2.createEmailIdentity(request -> request.emailIdentity("example.com"));
        v2.createEmailTemplate(request -> request.templateName("welcome").templateContent(c -> c
                .subject("Welcome, {{name}}").text("Hello {{name}}, you are number {{n}}.")
                .html("<p>Hello {{name}}</p>")));
    }

    @AfterEach
    void close() {
        v2.close();
        v1.close();
    }

    private String arn(String name) {
        return "arn:aws:ses:us-east-1:" + account + ":template/" + name;
    }

    private String send(Consumer<Template.Builder> template) {
        return v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net").ccAddresses("cc@example.net"))
                .content(c -> c.template(template))).messageId();
    }

    @Test
    void aStoredTemplateByNameIsRenderedIntoTheDeliveredMessageAndTheCapturedMail() throws Exception {
        String messageId = send(t -> t.templateName("welcome").templateData("{\"name\":\"Ann & Bo\",\"n\":7}")
                .headers(h -> h.name("X-Campaign").value("spring")));

        JsonNode email = Sending.email(port, messageId);
        assertThat(email.get("subject").asString()).isEqualTo("Welcome, Ann & Bo");
        assertThat(email.get("text").asString()).isEqualTo("Hello Ann & Bo, you are number 7.");
        assertThat(email.get("html").asString()).isEqualTo("<p>Hello Ann &amp; Bo</p>");
        assertThat(email.get("headers").toString()).contains("X-Campaign", "spring");
        JsonNode template = email.get("template");
        assertThat(template.get("name").asString()).isEqualTo("welcome");
        assertThat(template.has("arn")).isFalse();
        assertThat(template.get("inline").asBoolean()).isFalse();
        assertThat(template.get("data").asString()).isEqualTo("{\"name\":\"Ann & Bo\",\"n\":7}");
        assertThat(template.get("subject").asString()).isEqualTo("Welcome, Ann & Bo");
        assertThat(template.get("text").asString()).isEqualTo("Hello Ann & Bo, you are number 7.");
        assertThat(template.get("html").asString()).isEqualTo("<p>Hello Ann &amp; Bo</p>");
        assertThat(template.has("renderingFailure")).isFalse();
        assertThat(outcomes(email)).containsExactly("DELIVERED", "DELIVERED");

        HttpResponse<String> raw = new MockControlPlane(port).send("GET", "/_mock/emails/" + messageId + "/raw",
                null, null);
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.getSubject()).isEqualTo("Welcome, Ann & Bo");
    }

    @Test
    void aStoredTemplateByArnIsRenderedAndShowsBothArnAndName() {
        String messageId = send(t -> t.templateArn(arn("welcome")).templateData("{\"name\":\"Cy\",\"n\":1}"));

        JsonNode email = Sending.email(port, messageId);
        assertThat(email.get("subject").asString()).isEqualTo("Welcome, Cy");
        assertThat(email.get("template").get("name").asString()).isEqualTo("welcome");
        assertThat(email.get("template").get("arn").asString()).isEqualTo(arn("welcome"));
    }

    @Test
    void inlineTemplateContentIsRenderedWithoutAStoredTemplate() {
        String messageId = send(t -> t.templateContent(c -> c.subject("Hi {{who}}").text("Text for {{who}}"))
                .templateData("{\"who\":\"Dee\"}"));

        JsonNode email = Sending.email(port, messageId);
        assertThat(email.get("subject").asString()).isEqualTo("Hi Dee");
        assertThat(email.get("text").asString()).isEqualTo("Text for Dee");
        assertThat(email.has("html")).isFalse();
        assertThat(email.get("template").get("inline").asBoolean()).isTrue();
        assertThat(email.get("template").has("name")).isFalse();
    }

    @Test
    void aVariableMissingFromTheDataIsAcceptedButNotDeliveredWithRenderingFailureForEveryRecipient() {
        String messageId = send(t -> t.templateName("welcome").templateData("{\"name\":\"Eve\"}"));

        assertThat(messageId).matches("[0-9a-f]{16}-[0-9a-f-]{36}-000000");
        JsonNode email = Sending.email(port, messageId);
        assertThat(outcomes(email)).containsExactly("RENDERING_FAILURE", "RENDERING_FAILURE");
        assertThat(email.get("template").get("renderingFailure").asString()).isNotBlank();
        assertThat(email.get("template").has("subject")).isFalse();
    }

    @Test
    void anUnknownTemplateByNameOrArnIsNotFound() {
        assertThatThrownBy(() -> send(t -> t.templateName("nope").templateData("{}")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> send(t -> t.templateArn(arn("nope")).templateData("{}")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> send(t -> t.templateArn("arn:aws:ses:eu-west-1:" + account + ":template/welcome")
                .templateData("{}")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
        assertThat(Sending.get(port, "/_mock/emails?account=" + account).get("total").asInt()).isZero();
    }

    @Test
    void badTemplateDataNoSourceTwoSourcesOrAForeignArnAreBadRequests() {
        assertThatThrownBy(() -> send(t -> t.templateName("welcome").templateData("[1, 2]")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Invalid TemplateData: it must be a JSON object."));
        assertThatThrownBy(() -> send(t -> t.templateName("welcome").templateData("{not json")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        assertThatThrownBy(() -> send(t -> t.templateData("{}")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "Template must contain exactly one of TemplateName, TemplateArn or TemplateContent."));
        assertThatThrownBy(() -> send(t -> t.templateArn("arn:aws:sns:us-east-1:" + account + ":topic")
                .templateData("{}")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        assertThatThrownBy(() -> send(t -> t.templateContent(c -> c.subject("{{#if}}")).templateData("{}")))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        assertThat(Sending.get(port, "/_mock/emails?account=" + account).get("total").asInt()).isZero();
    }

    @Test
    void pinpointEmailSendsAStoredTemplateByArn() {
        String messageId = v1.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.template(t -> t.templateArn(arn("welcome"))
                        .templateData("{\"name\":\"Flo\",\"n\":2}")))).messageId();

        JsonNode email = Sending.email(port, messageId);
        assertThat(email.get("face").asString()).isEqualTo("pinpoint-email");
        assertThat(email.get("subject").asString()).isEqualTo("Welcome, Flo");
        assertThat(email.get("text").asString()).isEqualTo("Hello Flo, you are number 2.");
        assertThat(email.get("template").get("name").asString()).isEqualTo("welcome");
        assertThat(email.get("template").get("data").asString()).isEqualTo("{\"name\":\"Flo\",\"n\":2}");
    }

    @Test
    void pinpointEmailRefusesATemplateWithoutArnAndAnUnknownOne() {
        assertThatThrownBy(() -> v1.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.template(t -> t.templateData("{}")))))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.pinpointemail.model.BadRequestException.class,
                        modelledError(400, "BadRequestException", "Template must contain a TemplateArn."));
        assertThatThrownBy(() -> v1.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.template(t -> t.templateArn(arn("nope")).templateData("{}")))))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.pinpointemail.model.NotFoundException.class,
                        modelledError(404, "NotFoundException"));
    }

    @Test
    void theTemplateFilterAndLocalStacksReadOutShowTheTemplate() {
        String welcome = send(t -> t.templateName("welcome").templateData("{\"name\":\"Gus\",\"n\":3}"));
        send(t -> t.templateContent(c -> c.subject("inline {{x}}")).templateData("{\"x\":1}"));
        v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x"))))));

        JsonNode found = Sending.get(port, "/_mock/emails?account=" + account + "&template=welcome");
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("emails").get(0).get("messageId").asString()).isEqualTo(welcome);
        assertThat(Sending.get(port, "/_mock/emails?account=" + account).get("total").asInt()).isEqualTo(3);

        JsonNode message = Sending.get(port, "/_aws/ses?id=" + welcome).get("messages").get(0);
        assertThat(message.get("Template").asString()).isEqualTo("welcome");
        assertThat(message.get("TemplateData").asString()).isEqualTo("{\"name\":\"Gus\",\"n\":3}");
        assertThat(message.get("Subject").asString()).isEqualTo("Welcome, Gus");
    }

    private static List<String> outcomes(JsonNode email) {
        List<String> outcomes = new ArrayList<>();
        email.get("recipients").forEach(recipient -> outcomes.add(recipient.get("outcome").asString()));
        return outcomes;
    }
}
