package io.github.pinpointemailmock.sending;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.SesV2Clients;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.BulkEmailEntry;
import software.amazon.awssdk.services.sesv2.model.BulkEmailEntryResult;
import software.amazon.awssdk.services.sesv2.model.BulkEmailStatus;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.SendBulkEmailRequest;
import software.amazon.awssdk.services.sesv2.model.Template;
import tools.jackson.databind.JsonNode;

/** SES v2 SendBulkEmail: one message per entry, per-entry results, and the errors that refuse the whole call. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SendBulkEmailIT {

    @LocalServerPort
    int port;

    private String account;
    private SesV2Client v2;

    @BeforeEach
    void clients() {
        account = Sending.freshAccount();
        v2 = SesV2Clients.forPort(port, account, "us-east-1");
        v2.createEmailIdentity(request -> request.emailIdentity("example.com"));
        v2.createEmailTemplate(request -> request.templateName("news").templateContent(c -> c
                .subject("News for {{name}}").text("Hello {{name}}, issue {{issue}}.")));
    }

    @AfterEach
    void close() {
        v2.close();
    }

    private static BulkEmailEntry entry(String to, String replacementData) {
        BulkEmailEntry.Builder entry = BulkEmailEntry.builder().destination(d -> d.toAddresses(to));
        if (replacementData != null) {
            entry.replacementEmailContent(c -> c.replacementTemplate(t -> t.replacementTemplateData(replacementData)));
        }
        return entry.build();
    }

    private SendBulkEmailRequest.Builder bulk(Consumer<Template.Builder> template, List<BulkEmailEntry> entries) {
        return SendBulkEmailRequest.builder().fromEmailAddress("sender@example.com")
                .defaultContent(c -> c.template(template)).bulkEmailEntries(entries);
    }

    private List<BulkEmailEntryResult> send(SendBulkEmailRequest.Builder request) {
        return v2.sendBulkEmail(request.build()).bulkEmailEntryResults();
    }

    private int capturedCount() {
        return Sending.get(port, "/_mock/emails?account=" + account).get("total").asInt();
    }

    @Test
    void everyEntryIsOneMessageRenderedWithItsReplacementDataOverTheDefaultData() {
        List<BulkEmailEntryResult> results = send(bulk(t -> t.templateName("news")
                        .templateData("{\"name\":\"friend\",\"issue\":1}")
                        .headers(h -> h.name("X-Campaign").value("spring"), h -> h.name("X-Kept").value("yes")),
                List.of(entry("ann@example.net", "{\"name\":\"Ann\"}"),
                        BulkEmailEntry.builder().destination(d -> d.toAddresses("bo@example.net"))
                                .replacementEmailContent(c -> c.replacementTemplate(
                                        t -> t.replacementTemplateData("{\"name\":\"Bo\",\"issue\":2}")))
                                .replacementHeaders(h -> h.name("x-campaign").value("autumn"))
                                .replacementTags(tag -> tag.name("segment").value("vip")).build(),
                        entry("cy@example.net", null)))
                .defaultEmailTags(tag -> tag.name("segment").value("all"), tag -> tag.name("run").value("r1")));

        assertThat(results).extracting(BulkEmailEntryResult::status).containsOnly(BulkEmailStatus.SUCCESS);
        assertThat(results).extracting(BulkEmailEntryResult::messageId).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[0-9a-f]{16}-[0-9a-f-]{36}-000000"));
        assertThat(results).extracting(BulkEmailEntryResult::error).containsOnlyNulls();

        JsonNode ann = Sending.email(port, results.get(0).messageId());
        assertThat(ann.get("to").get(0).asString()).isEqualTo("ann@example.net");
        assertThat(ann.get("subject").asString()).isEqualTo("News for Ann");
        assertThat(ann.get("text").asString()).isEqualTo("Hello Ann, issue 1.");
        assertThat(ann.get("template").get("name").asString()).isEqualTo("news");
        assertThat(Sending.JSON.readTree(ann.get("template").get("data").asString()))
                .isEqualTo(Sending.JSON.readTree("{\"name\":\"Ann\",\"issue\":1}"));
        assertThat(ann.get("headers").toString()).contains("X-Campaign", "spring");
        assertThat(ann.get("tags").toString()).contains("\"segment\"", "\"all\"", "\"run\"");

        JsonNode bo = Sending.email(port, results.get(1).messageId());
        assertThat(bo.get("subject").asString()).isEqualTo("News for Bo");
        assertThat(bo.get("text").asString()).isEqualTo("Hello Bo, issue 2.");
        assertThat(bo.get("headers").toString()).contains("autumn", "X-Kept").doesNotContain("spring");
        assertThat(bo.get("tags").toString()).contains("vip", "r1").doesNotContain("\"all\"");

        JsonNode cy = Sending.email(port, results.get(2).messageId());
        assertThat(cy.get("text").asString()).isEqualTo("Hello friend, issue 1.");
        assertThat(capturedCount()).isEqualTo(3);
    }

    @Test
    void eachEntrysEventsNameSendBulkEmailAsTheOperationAndTheCallersAddressAsTheSource() {
        v2.createConfigurationSet(request -> request.configurationSetName("set"));
        v2.createConfigurationSetEventDestination(request -> request.configurationSetName("set")
                .eventDestinationName("to-sns").eventDestination(d -> d.enabled(true).matchingEventTypes(
                        software.amazon.awssdk.services.sesv2.model.EventType.SEND)
                        .snsDestination(sns -> sns.topicArn("arn:aws:sns:us-east-1:123456789012:events"))));

        List<BulkEmailEntryResult> results = send(bulk(t -> t.templateName("news")
                        .templateData("{\"name\":\"x\",\"issue\":1}"),
                List.of(entry("ann@example.net", null), entry("bo@example.net", null)))
                .configurationSetName("set"));

        for (BulkEmailEntryResult result : results) {
            JsonNode events = Sending.get(port, "/_mock/events?account=" + account + "&messageId="
                    + result.messageId()).get("events");
            assertThat(events).hasSize(1);
            JsonNode tags = events.get(0).get("event").get("mail").get("tags");
            assertThat(tags.get("ses:operation").get(0).asString()).isEqualTo("SendBulkEmail");
            assertThat(tags.get("ses:source-ip").get(0).asString()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void inlineTemplateContentAndATemplateArnServeAsTheDefaultTemplate() {
        List<BulkEmailEntryResult> inline = send(bulk(t -> t.templateContent(c -> c.subject("Hi {{who}}")
                .text("For {{who}}")).templateData("{\"who\":\"all\"}"),
                List.of(entry("a@example.net", "{\"who\":\"Dee\"}"))));
        List<BulkEmailEntryResult> byArn = send(bulk(t -> t.templateArn(
                        "arn:aws:ses:us-east-1:" + account + ":template/news").templateData("{\"issue\":3}"),
                List.of(entry("b@example.net", "{\"name\":\"Eve\"}"))));

        assertThat(Sending.email(port, inline.get(0).messageId()).get("subject").asString()).isEqualTo("Hi Dee");
        JsonNode eve = Sending.email(port, byArn.get(0).messageId());
        assertThat(eve.get("text").asString()).isEqualTo("Hello Eve, issue 3.");
        assertThat(eve.get("template").get("arn").asString()).endsWith(":template/news");
    }

    @Test
    void aFailedEntryHasItsStatusAndErrorNextToTheSuccessesOfTheOthers() {
        List<BulkEmailEntryResult> results = send(bulk(t -> t.templateName("news").templateData("{\"issue\":1}"),
                List.of(entry("ann@example.net", "{\"name\":\"Ann\"}"),
                        entry("not an address", "{\"name\":\"Bo\"}"),
                        entry("cy@example.net", "[\"not\", \"an object\"]"),
                        entry("dee@example.net", null),
                        entry("bounce@simulator.amazonses.com", "{\"name\":\"Sim\"}"))));

        assertThat(results).extracting(BulkEmailEntryResult::status).containsExactly(BulkEmailStatus.SUCCESS,
                BulkEmailStatus.INVALID_PARAMETER, BulkEmailStatus.INVALID_PARAMETER, BulkEmailStatus.SUCCESS,
                BulkEmailStatus.SUCCESS);
        assertThat(results.get(1).messageId()).isNull();
        assertThat(results.get(1).error()).isNotBlank();
        assertThat(results.get(2).error()).contains("JSON object");
        // a variable neither the default nor the entry's data defines: accepted, not delivered, as SendEmail does
        assertThat(outcome(results.get(3))).isEqualTo("RENDERING_FAILURE");
        assertThat(outcome(results.get(4))).isEqualTo("BOUNCED");
        assertThat(outcome(results.get(0))).isEqualTo("DELIVERED");
        assertThat(capturedCount()).isEqualTo(3);
    }

    @Test
    void tooManyRecipientsInOneEntryFailsThatEntryOnly() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add("r" + i + "@example.net");
        }
        List<BulkEmailEntryResult> results = send(bulk(t -> t.templateName("news")
                        .templateData("{\"name\":\"x\",\"issue\":1}"),
                List.of(BulkEmailEntry.builder().destination(d -> d.toAddresses(many)).build(),
                        entry("ok@example.net", null))));

        assertThat(results).extracting(BulkEmailEntryResult::status)
                .containsExactly(BulkEmailStatus.INVALID_PARAMETER, BulkEmailStatus.SUCCESS);
        assertThat(results.get(0).error()).contains("50");
    }

    @Test
    void pausedSendingIsEveryEntrysStatusForTheConfigurationSetOrTheAccount() {
        v2.createConfigurationSet(request -> request.configurationSetName("paused")
                .sendingOptions(s -> s.sendingEnabled(false)));
        List<BulkEmailEntry> entries = List.of(entry("a@example.net", "{\"name\":\"A\",\"issue\":1}"),
                entry("b@example.net", "{\"name\":\"B\",\"issue\":1}"));

        assertThat(send(bulk(t -> t.templateName("news"), entries).configurationSetName("paused")))
                .extracting(BulkEmailEntryResult::status)
                .containsExactly(BulkEmailStatus.CONFIGURATION_SET_SENDING_PAUSED,
                        BulkEmailStatus.CONFIGURATION_SET_SENDING_PAUSED);

        v2.putAccountSendingAttributes(request -> request.sendingEnabled(false));
        assertThat(send(bulk(t -> t.templateName("news"), entries)))
                .extracting(BulkEmailEntryResult::status)
                .containsExactly(BulkEmailStatus.ACCOUNT_SENDING_PAUSED, BulkEmailStatus.ACCOUNT_SENDING_PAUSED);
        assertThat(capturedCount()).isZero();
    }

    @Test
    void problemsOfTheWholeRequestRefuseTheCallAndSendNothing() {
        List<BulkEmailEntry> one = List.of(entry("a@example.net", "{\"name\":\"A\",\"issue\":1}"));

        assertThatThrownBy(() -> send(bulk(t -> t.templateName("nope").templateData("{}"), one)))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> send(bulk(t -> t.templateName("news"), one).configurationSetName("nope")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));
        assertThatThrownBy(() -> send(bulk(t -> t.templateName("news").templateData("not json"), one)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        assertThatThrownBy(() -> send(bulk(t -> t.templateName("news").templateName(null), one)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        assertThatThrownBy(() -> v2.sendBulkEmail(request -> request.fromEmailAddress("sender@example.com")
                .defaultContent(c -> c.template((Template) null)).bulkEmailEntries(one)))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        assertThatThrownBy(() -> send(bulk(t -> t.templateName("news"), List.of())))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException"));
        assertThatThrownBy(() -> send(bulk(t -> t.templateName("news"),
                Collections.nCopies(51, one.get(0)))))
                .isInstanceOfSatisfying(BadRequestException.class, modelledError(400, "BadRequestException",
                        "BulkEmailEntries contains 51 entries; the maximum is 50."));
        assertThatThrownBy(() -> send(bulk(t -> t.templateName("news"), one)
                .fromEmailAddress("someone@unverified.example")))
                .isInstanceOfSatisfying(MessageRejectedException.class, modelledError(400, "MessageRejected",
                        "Email address is not verified. The following identities failed the check in region "
                                + "US-EAST-1: someone@unverified.example"));
        assertThat(capturedCount()).isZero();
    }

    @Test
    void aRequestOverTheDefaultBodyLimitIsServedUpToSendBulkEmailsOwnLimit() {
        byte[] pdf = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(pdf, (byte) 'p');
        List<BulkEmailEntryResult> results = send(bulk(t -> t.templateName("news")
                        .templateData("{\"name\":\"x\",\"issue\":1}")
                        .attachments(a -> a.fileName("big.pdf").rawContent(SdkBytes.fromByteArray(pdf))),
                List.of(entry("a@example.net", null))));

        assertThat(results).extracting(BulkEmailEntryResult::status).containsExactly(BulkEmailStatus.SUCCESS);
        assertThat(Sending.email(port, results.get(0).messageId()).get("attachments").get(0).get("size").asLong())
                .isEqualTo(pdf.length);
        assertThat(Sending.get(port, "/_mock/info").get("settings").get("maxRequestBodyBytesPerOperation")
                .get("SendBulkEmail").asLong()).isEqualTo(56L * 1024 * 1024);
    }

    @Test
    void anUndecodableTemplateAttachmentRefusesTheCallNamingItsPlace() {
        HttpResponse<String> response = new MockControlPlane(port).send("POST", "/v2/email/outbound-bulk-emails",
                "application/json", "{\"FromEmailAddress\": \"sender@example.com\", \"DefaultContent\": "
                        + "{\"Template\": {\"TemplateName\": \"news\", \"TemplateData\": \"{}\", \"Attachments\": "
                        + "[{\"FileName\": \"a.txt\", \"RawContent\": \"***\"}]}}, \"BulkEmailEntries\": "
                        + "[{\"Destination\": {\"ToAddresses\": [\"a@example.net\"]}}]}", account);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(Sending.JSON.readTree(response.body()).get("message").asString())
                .startsWith("DefaultContent.Template.Attachments.RawContent is not valid base64");
        assertThat(capturedCount()).isZero();
    }

    private String outcome(BulkEmailEntryResult result) {
        return Sending.email(port, result.messageId()).get("recipients").get(0).get("outcome").asString();
    }
}
