package io.github.pinpointemailmock.sending;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AttachmentContentDisposition;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendingPausedException;
import software.amazon.awssdk.services.sesv2.model.SuppressionListReason;
import tools.jackson.databind.JsonNode;

/** SendEmail on both faces through the real SDK clients, and what the captured mail shows of it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SendEmailIT {

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
    }

    @AfterEach
    void close() {
        v2.close();
        v1.close();
    }

    private String sendSimple(String... to) {
        return v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses(to))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("hello"))))))
                .messageId();
    }

    @Test
    void aSimpleMessageOnSesV2IsAcceptedWithAnSesMessageIdAndCapturedWithEveryPart() {
        String messageId = v2.sendEmail(request -> request
                .fromEmailAddress("Sender Name <sender@example.com>")
                .destination(d -> d.toAddresses("to@example.net").ccAddresses("cc@example.net")
                        .bccAddresses("bcc@example.net"))
                .replyToAddresses("reply@example.net")
                .content(c -> c.simple(m -> m.subject(s -> s.data("Grüße").charset("UTF-8"))
                        .body(b -> b.text(t -> t.data("plain text")).html(h -> h.data("<p>html</p>")))
                        .headers(h -> h.name("X-Custom").value("yes"))
                        .attachments(a -> a.fileName("notes.txt").contentType("text/plain")
                                .contentDisposition(AttachmentContentDisposition.ATTACHMENT)
                                .rawContent(SdkBytes.fromUtf8String("attached")))))
                .emailTags(t -> t.name("campaign").value("welcome")))
                .messageId();

        assertThat(messageId).matches("[0-9a-f]{16}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-000000");
        JsonNode email = Sending.email(port, messageId);
        assertThat(email.get("face").asString()).isEqualTo("sesv2");
        assertThat(email.get("account").asString()).isEqualTo(account);
        assertThat(email.get("region").asString()).isEqualTo("us-east-1");
        assertThat(email.get("from").asString()).isEqualTo("sender@example.com");
        assertThat(email.get("to").get(0).asString()).isEqualTo("to@example.net");
        assertThat(email.get("cc").get(0).asString()).isEqualTo("cc@example.net");
        assertThat(email.get("bcc").get(0).asString()).isEqualTo("bcc@example.net");
        assertThat(email.get("replyTo").get(0).asString()).isEqualTo("reply@example.net");
        assertThat(email.get("subject").asString()).isEqualTo("Grüße");
        assertThat(email.get("text").asString()).isEqualTo("plain text");
        assertThat(email.get("html").asString()).isEqualTo("<p>html</p>");
        assertThat(email.get("attachments").get(0).get("fileName").asString()).isEqualTo("notes.txt");
        assertThat(email.get("attachments").get(0).get("size").asInt()).isEqualTo(8);
        assertThat(email.get("tags").get(0).get("name").asString()).isEqualTo("campaign");
        assertThat(email.get("recipients")).hasSize(3);
        assertThat(email.get("recipients").get(2).get("outcome").asString()).isEqualTo("DELIVERED");
        assertThat(email.get("headers").toString()).contains("X-Custom")
                .contains("<" + messageId + "@email.amazonses.com>").doesNotContain("bcc@example.net");
        assertThat(email.get("timestamp").asString()).isNotBlank();

        HttpResponse<String> attachment = new MockControlPlane(port)
                .send("GET", "/_mock/emails/" + messageId + "/attachments/0", null, null);
        assertThat(attachment.body()).isEqualTo("attached");
    }

    @Test
    void theSameWorksOnPinpointEmail() {
        String messageId = v1.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("hello"))))))
                .messageId();

        JsonNode latest = Sending.get(port, "/_mock/emails/latest?");
        JsonNode email = Sending.email(port, messageId);
        assertThat(email.get("face").asString()).isEqualTo("pinpoint-email");
        assertThat(email.get("text").asString()).isEqualTo("hello");
        assertThat(latest.get("messageId").asString()).isNotBlank();
    }

    @Test
    void anUnverifiedSenderIsMessageRejectedOnBothFacesUntilItsIdentityExists() {
        String expected = "Email address is not verified. The following identities failed the check in region "
                + "US-EAST-1: me@other.org";
        assertThatThrownBy(() -> v2.sendEmail(request -> request.fromEmailAddress("me@other.org")
                .destination(d -> d.toAddresses("you@example.net"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x")))))))
                .isInstanceOfSatisfying(MessageRejectedException.class, modelledError(400, "MessageRejected",
                        expected));
        assertThatThrownBy(() -> v1.sendEmail(request -> request.fromEmailAddress("me@other.org")
                .destination(d -> d.toAddresses("you@example.net"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x")))))))
                .isInstanceOfSatisfying(
                        software.amazon.awssdk.services.pinpointemail.model.MessageRejectedException.class,
                        modelledError(400, "MessageRejected", expected));

        v2.createEmailIdentity(request -> request.emailIdentity("me@other.org"));
        assertThat(v2.sendEmail(request -> request.fromEmailAddress("me@other.org")
                .destination(d -> d.toAddresses("you@example.net"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x"))))))
                .messageId()).isNotBlank();
        // A verified domain verifies its subdomains' addresses too.
        assertThat(v2.sendEmail(request -> request.fromEmailAddress("news@mail.example.com")
                .destination(d -> d.toAddresses("you@example.net"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x"))))))
                .messageId()).isNotBlank();
    }

    @Test
    void aRawMessageWithAnAttachmentIsParsedAndItsSesHeadersHonoured() throws Exception {
        v2.createConfigurationSet(request -> request.configurationSetName("raw-set")
                .deliveryOptions(d -> d.sendingPoolName(null)).tags(t -> t.key("team").value("mail")));
        MimeMessage sent = new MimeMessage(Session.getInstance(new Properties()));
        sent.setFrom(new InternetAddress("sender@example.com", "Sender"));
        sent.setRecipients(RecipientType.TO, "to@example.net");
        sent.setSubject("raw subject");
        sent.setHeader("X-SES-CONFIGURATION-SET", "raw-set");
        sent.setHeader("X-SES-MESSAGE-TAGS", "campaign=raw, kind=test");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("raw body", "UTF-8");
        mixed.addBodyPart(text);
        MimeBodyPart file = new MimeBodyPart();
        byte[] pdf = "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII);
        file.setContent(pdf, "application/pdf");
        file.setFileName("report.pdf");
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(file);
        sent.setContent(mixed);
        sent.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sent.writeTo(out);

        String messageId = v2.sendEmail(request -> request
                .content(c -> c.raw(r -> r.data(SdkBytes.fromByteArray(out.toByteArray()))))).messageId();

        JsonNode email = Sending.email(port, messageId);
        assertThat(email.get("configurationSet").asString()).isEqualTo("raw-set");
        assertThat(email.get("configurationSetTags").get(0).get("name").asString()).isEqualTo("team");
        assertThat(email.get("tags").toString()).contains("campaign").contains("raw").contains("kind");
        assertThat(email.get("attachments").get(0).get("contentType").asString()).isEqualTo("application/pdf");

        HttpResponse<byte[]> raw = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create("http://localhost:" + port + "/_mock/emails/" + messageId
                                + "/raw")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(raw.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("message/rfc822"));
        MimeMessage delivered = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.body()));
        assertThat(delivered.getSubject()).isEqualTo("raw subject");
        assertThat(delivered.getMessageID()).isEqualTo("<" + messageId + "@email.amazonses.com>");
        assertThat(delivered.getHeader("X-SES-CONFIGURATION-SET")).isNull();
        assertThat(delivered.getSentDate()).isNotNull();
        MimeMultipart parts = (MimeMultipart) delivered.getContent();
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("raw body");
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("report.pdf");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void aMissingConfigurationSetIsNotFoundAndAPausedOneOrAccountIsSendingPaused() {
        assertThatThrownBy(() -> v2.sendEmail(simpleTo("to@example.net").configurationSetName("nope").build()))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException"));

        v2.createConfigurationSet(request -> request.configurationSetName("paused")
                .sendingOptions(s -> s.sendingEnabled(false)));
        assertThatThrownBy(() -> v2.sendEmail(simpleTo("to@example.net").configurationSetName("paused").build()))
                .isInstanceOfSatisfying(SendingPausedException.class, modelledError(400, "SendingPausedException",
                        "Sending is paused for configuration set paused."));

        v2.putAccountSendingAttributes(request -> request.sendingEnabled(false));
        assertThatThrownBy(() -> v2.sendEmail(simpleTo("to@example.net").build()))
                .isInstanceOfSatisfying(SendingPausedException.class, modelledError(400, "SendingPausedException",
                        "Sending paused for this account. For more information, please check the inbox of the email "
                                + "address associated with your AWS account."));
        assertThatThrownBy(() -> v1.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x")))))))
                .isInstanceOf(software.amazon.awssdk.services.pinpointemail.model.SendingPausedException.class);
    }

    @Test
    void badContentAddressesRecipientsAndTagsAreBadRequests() {
        assertBadRequest(SendEmailRequest.builder().fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.template(t -> t.templateName("welcome").templateArn(
                        "arn:aws:ses:us-east-1:" + account + ":template/welcome").templateData("{}"))).build(),
                "Template must contain exactly one of TemplateName, TemplateArn or TemplateContent.");
        assertBadRequest(SendEmailRequest.builder().fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.raw(r -> r.data(SdkBytes.fromUtf8String("x")))
                        .simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x"))))).build(),
                "Content must contain exactly one of Simple, Raw or Template.");
        assertBadRequest(simpleTo("not-an-address").build(), "Missing final '@domain'");
        assertBadRequest(simpleTo("a b@example.net").build(), "Local address contains control or whitespace");
        assertBadRequest(simpleTo(IntStream.range(0, 51).mapToObj(i -> "r" + i + "@example.net")
                .toArray(String[]::new)).build(), "Recipient count exceeds 50.");
        assertBadRequest(simpleTo("to@example.net").emailTags(t -> t.name("bad name").value("x")).build(), null);
        assertBadRequest(SendEmailRequest.builder().fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x")))
                        .headers(h -> h.name("Subject").value("other")))).build(),
                "Duplicate header 'Subject'.");
        assertBadRequest(SendEmailRequest.builder().destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.raw(r -> r.data(SdkBytes.fromUtf8String("Subject: no from\r\n\r\nbody")))).build(),
                "Missing required header 'From'.");
        assertBadRequest(SendEmailRequest.builder().fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi").charset("NOPE-42"))
                        .body(b -> b.text(t -> t.data("x"))))).build(), "Unsupported charset: NOPE-42");
        assertBadRequest(SendEmailRequest.builder().content(c -> c.raw(r -> r.data(SdkBytes.fromUtf8String(
                "From: sender@example.com\r\nTo: to@example.net\r\nX-SES-MESSAGE-TAGS: novalue\r\n\r\nbody"))))
                .build(), "Invalid X-SES-MESSAGE-TAGS header: expected name=value, got 'novalue'.");
        assertBadRequest(SendEmailRequest.builder().content(c -> c.raw(r -> r.data(SdkBytes.fromUtf8String(
                "From: sender@example.com\r\nTo: to@example.net\r\nX-SES-MESSAGE-TAGS: bad name=x\r\n\r\nbody"))))
                .build(), null);
    }

    @Test
    void pinpointEmailRequiresADestinationAndNoRecipientAtAllIsABadRequest() {
        HttpResponse<String> v1Response = new MockControlPlane(port).send("POST", "/v1/email/outbound-emails",
                "application/json", "{\"FromEmailAddress\": \"sender@example.com\", \"Content\": {\"Simple\": "
                        + "{\"Subject\": {\"Data\": \"s\"}, \"Body\": {\"Text\": {\"Data\": \"x\"}}}}}", account);
        assertThat(v1Response.statusCode()).isEqualTo(400);
        assertThat(v1Response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(v1Response.body()).contains("destination").contains("Member must not be null");

        assertBadRequest(SendEmailRequest.builder().fromEmailAddress("sender@example.com")
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x"))))).build(),
                "The message must have at least one recipient.");
        assertThat(Sending.get(port, "/_mock/emails?account=" + account).get("total").asInt()).isZero();
    }

    @Test
    void undecodableBase64IsABadRequest() {
        HttpResponse<String> response = new MockControlPlane(port).send("POST", "/v2/email/outbound-emails",
                "application/json", "{\"Content\":{\"Raw\":{\"Data\":\"***\"}}}", account);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
    }

    @Test
    void internationalizedDomainsAreAcceptedInPunycodeWithUnicodeDisplayNamesAndRefusedInUnicode() {
        String messageId = sendSimple("\"Jörg Müller\" <jorg@xn--bcher-kva.example>");
        JsonNode email = Sending.email(port, messageId);
        assertThat(email.get("to").get(0).asString()).isEqualTo("jorg@xn--bcher-kva.example");
        assertThat(email.get("headers").toString()).contains("=?UTF-8?");

        // The model's Destination: a non-ASCII domain must be given in Punycode; SES answers this.
        assertBadRequest(simpleTo("jorg@bücher.example").build(), "Domain contains illegal character");
        assertBadRequest(simpleTo("jörg@example.net").build(), "Local address contains non-ASCII characters");
    }

    @Test
    void aSingleHeaderGivenTwiceOrOverTheMessagesOwnIsADuplicateAndOtherHeadersAreAdded() throws Exception {
        assertBadRequest(SendEmailRequest.builder().fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x")))
                        .headers(h -> h.name("List-Unsubscribe").value("<mailto:u@example.com>"),
                                h -> h.name("list-unsubscribe").value("<https://example.com/u>")))).build(),
                "Duplicate header 'list-unsubscribe'.");
        assertBadRequest(SendEmailRequest.builder().fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x")))
                        .headers(h -> h.name("Message-ID").value("<mine@example.com>")))).build(),
                "Duplicate header 'Message-ID'.");
        String raw = "From: sender@example.com\r\nTo: to@example.net\r\nSubject: one\r\nSubject: two\r\n\r\nbody";
        assertBadRequest(SendEmailRequest.builder().content(c -> c.raw(r -> r.data(SdkBytes.fromUtf8String(raw))))
                .build(), "Duplicate header 'Subject'.");

        String messageId = v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x")))
                        .headers(h -> h.name("List-Unsubscribe").value("<mailto:u@example.com>"),
                                h -> h.name("X-Tag").value("a"), h -> h.name("X-Tag").value("b"),
                                h -> h.name("Bcc").value("hidden@example.net"))))).messageId();
        HttpResponse<String> delivered = new MockControlPlane(port).send("GET", "/_mock/emails/" + messageId
                + "/raw", null, null);
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(delivered.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.getHeader("List-Unsubscribe")).containsExactly("<mailto:u@example.com>");
        assertThat(parsed.getHeader("X-Tag")).containsExactly("a", "b");
        assertThat(parsed.getHeader("Bcc")).isNull();
    }

    @Test
    void rawBytesThatAreNoMessageAreBadRequestsEvenWithASenderAndRecipientsGiven() {
        for (String notMime : List.of("hello, not a message", "", "no header line\r\n\r\nbody",
                " folded first\r\n\r\nbody")) {
            assertBadRequest(SendEmailRequest.builder().fromEmailAddress("sender@example.com")
                    .destination(d -> d.toAddresses("to@example.net"))
                    .content(c -> c.raw(r -> r.data(SdkBytes.fromUtf8String(notMime)))).build(), null);
        }
        assertBadRequest(SendEmailRequest.builder().fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.raw(r -> r.data(SdkBytes.fromUtf8String(": no name\r\n\r\nbody")))).build(),
                "Empty header names are illegal.");
        assertBadRequest(SendEmailRequest.builder().fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.raw(r -> r.data(SdkBytes.fromUtf8String("hello")))).build(),
                "The raw message is not an RFC 5322 message: line 1 of its header section is not a header field.");
        assertThat(Sending.get(port, "/_mock/emails?account=" + account).get("total").asInt()).isZero();
    }

    @Test
    void anUndecodableTemplateAttachmentIsNamedWhereItIs() {
        HttpResponse<String> response = new MockControlPlane(port).send("POST", "/v2/email/outbound-emails",
                "application/json", "{\"FromEmailAddress\": \"sender@example.com\", \"Destination\": "
                        + "{\"ToAddresses\": [\"to@example.net\"]}, \"Content\": {\"Template\": {\"TemplateContent\": "
                        + "{\"Subject\": \"s\"}, \"TemplateData\": \"{}\", \"Attachments\": [{\"FileName\": \"a.txt\", "
                        + "\"RawContent\": \"***\"}]}}}", account);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(Sending.JSON.readTree(response.body()).get("message").asString())
                .startsWith("Content.Template.Attachments.RawContent is not valid base64");
    }

    @Test
    void theMailboxSimulatorGivesEachAddressItsOutcomeWhateverTheLabel() {
        String messageId = sendSimple("success+a@simulator.amazonses.com", "bounce+b@simulator.amazonses.com",
                "ooto@simulator.amazonses.com", "complaint+c@simulator.amazonses.com",
                "suppressionlist@simulator.amazonses.com");

        JsonNode recipients = Sending.email(port, messageId).get("recipients");
        assertThat(recipients.get(0).get("outcome").asString()).isEqualTo("DELIVERED");
        assertThat(recipients.get(1).get("outcome").asString()).isEqualTo("BOUNCED");
        assertThat(recipients.get(1).get("bounceSubType").asString()).isEqualTo("General");
        assertThat(recipients.get(1).get("diagnosticCode").asString()).isEqualTo("smtp; 550 5.1.1 user unknown");
        assertThat(recipients.get(2).get("outcome").asString()).isEqualTo("DELIVERED");
        assertThat(recipients.get(2).get("autoReply").asBoolean()).isTrue();
        assertThat(recipients.get(3).get("outcome").asString()).isEqualTo("COMPLAINED");
        assertThat(recipients.get(4).get("outcome").asString()).isEqualTo("BOUNCED");
        assertThat(v2.getAccount(request -> { }).sendQuota().sentLast24Hours()).isZero();
    }

    @Test
    void aSuppressedRecipientIsNotDeliveredUnlessTheSetTurnsTheListOff() {
        v2.putSuppressedDestination(request -> request.emailAddress("gone@example.net")
                .reason(SuppressionListReason.BOUNCE));
        v2.createConfigurationSet(request -> request.configurationSetName("no-suppression")
                .suppressionOptions(s -> s.suppressedReasons(Collections.emptyList())));

        JsonNode suppressed = Sending.email(port, sendSimple("gone@example.net")).get("recipients").get(0);
        assertThat(suppressed.get("outcome").asString()).isEqualTo("SUPPRESSED");
        assertThat(suppressed.get("bounceSubType").asString()).isEqualTo("OnAccountSuppressionList");

        String viaSet = v2.sendEmail(simpleTo("gone@example.net").configurationSetName("no-suppression").build())
                .messageId();
        assertThat(Sending.email(port, viaSet).get("recipients").get(0).get("outcome").asString())
                .isEqualTo("DELIVERED");
    }

    @Test
    void theAccountsReasonsApplyUnlessTheSetHasItsOwnAndNoReasonsTurnTheListOff() {
        v2.putSuppressedDestination(request -> request.emailAddress("bounced@example.net")
                .reason(SuppressionListReason.BOUNCE));
        v2.createConfigurationSet(request -> request.configurationSetName("complaints-only")
                .suppressionOptions(s -> s.suppressedReasonsWithStrings("COMPLAINT")));

        String viaSet = v2.sendEmail(simpleTo("bounced@example.net").configurationSetName("complaints-only").build())
                .messageId();
        assertThat(Sending.email(port, viaSet).get("recipients").get(0).get("outcome").asString())
                .isEqualTo("DELIVERED");

        v2.putAccountSuppressionAttributes(request -> request.suppressedReasons(Collections.emptyList()));
        assertThat(Sending.email(port, sendSimple("bounced@example.net")).get("recipients").get(0).get("outcome")
                .asString()).isEqualTo("DELIVERED");
        v2.putAccountSuppressionAttributes(request -> request.suppressedReasonsWithStrings("BOUNCE"));
        assertThat(Sending.email(port, sendSimple("bounced@example.net")).get("recipients").get(0).get("outcome")
                .asString()).isEqualTo("SUPPRESSED");
    }

    @Test
    void theSetsSendingPoolTrackingOptionsAndTagsAreRecordedWithTheMessage() {
        v2.createDedicatedIpPool(request -> request.poolName("pool-a"));
        v2.createConfigurationSet(request -> request.configurationSetName("shaped")
                .deliveryOptions(d -> d.sendingPoolName("pool-a"))
                .trackingOptions(t -> t.customRedirectDomain("example.com"))
                .tags(t -> t.key("team").value("mail")));

        JsonNode email = Sending.email(port, v2.sendEmail(simpleTo("to@example.net").configurationSetName("shaped")
                .build()).messageId());
        assertThat(email.get("configurationSet").asString()).isEqualTo("shaped");
        assertThat(email.get("sendingPoolName").asString()).isEqualTo("pool-a");
        assertThat(email.get("trackingOptions").get("customRedirectDomain").asString()).isEqualTo("example.com");
        assertThat(email.get("configurationSetTags").get(0).get("name").asString()).isEqualTo("team");
        assertThat(email.get("configurationSetTags").get(0).get("value").asString()).isEqualTo("mail");
    }

    @Test
    void pinpointEmailIgnoresTheSimpleMembersOnlySesV2Has() {
        HttpResponse<String> response = new MockControlPlane(port).send("POST", "/v1/email/outbound-emails",
                "application/json", "{\"FromEmailAddress\": \"sender@example.com\", \"Destination\": "
                        + "{\"ToAddresses\": [\"to@example.net\"]}, \"Content\": {\"Simple\": {\"Subject\": "
                        + "{\"Data\": \"v1\"}, \"Body\": {\"Text\": {\"Data\": \"x\"}}, \"Headers\": [{\"Name\": "
                        + "\"X-Only-V2\", \"Value\": \"x\"}], \"Attachments\": [{\"FileName\": \"a.txt\", "
                        + "\"RawContent\": \"YQ==\"}]}}}", account);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        JsonNode email = Sending.email(port, Sending.JSON.readTree(response.body()).get("MessageId").asString());
        assertThat(email.get("face").asString()).isEqualTo("pinpoint-email");
        assertThat(email.get("headers").toString()).doesNotContain("X-Only-V2");
        assertThat(email.get("attachments")).isEmpty();
    }

    @Test
    void sesV2TakesAMessageOverTenMegabytes() {
        String head = "From: sender@example.com\r\nTo: to@example.net\r\nSubject: big\r\n\r\n";
        StringBuilder body = new StringBuilder(head);
        String line = "a".repeat(76) + "\r\n";
        while (body.length() <= 10 * 1024 * 1024) {
            body.append(line);
        }
        String messageId = v2.sendEmail(request -> request
                .content(c -> c.raw(r -> r.data(SdkBytes.fromUtf8String(body.toString()))))).messageId();
        assertThat(Sending.email(port, messageId).get("size").asLong()).isGreaterThan(10L * 1024 * 1024);
    }

    @Test
    void getAccountCountsTheRecipientsSentInTheLast24Hours() {
        sendSimple("a@example.net", "b@example.net");
        sendSimple("c@example.net");

        assertThat(v2.getAccount(request -> { }).sendQuota().sentLast24Hours()).isEqualTo(3);
        assertThat(v1.getAccount(request -> { }).sendQuota().sentLast24Hours()).isEqualTo(3);
    }

    @Test
    void aMessageOverTenMegabytesIsABadRequestOnPinpointEmailWithSesMessage() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> v1.sendEmail(request -> request.destination(d -> d.toAddresses("to@example.net"))
                .content(c -> c.raw(r -> r.data(SdkBytes.fromByteArray(big))))))
                .isInstanceOfSatisfying(
                        software.amazon.awssdk.services.pinpointemail.model.BadRequestException.class,
                        modelledError(400, "BadRequestException",
                                "Message length is more than 10485760 bytes long: '10485761'."));
    }

    @Test
    void everyModelledErrorIsAnsweredThroughFaultInjectionOnBothFacesAndSendsNothing() {
        MockControlPlane http = new MockControlPlane(port);
        // Both models' SendEmail errors, with their status; the ones no rule reaches (account suspended, MAIL FROM
        // domain not verified, limit exceeded) are reachable this way only.
        Map<String, Integer> errors = Map.of("AccountSuspendedException", 400,
                "MailFromDomainNotVerifiedException", 400, "LimitExceededException", 400,
                "TooManyRequestsException", 429, "SendingPausedException", 400, "MessageRejected", 400,
                "NotFoundException", 404, "BadRequestException", 400);
        errors.forEach((error, status) -> {
            assertThat(http.postJson("/_mock/faults", "{\"operation\": \"SendEmail\", \"error\": \"" + error
                    + "\", \"count\": 2, \"account\": \"" + account + "\"}").statusCode()).isEqualTo(201);
            assertThatThrownBy(() -> v2.sendEmail(simpleTo("to@example.net").build()))
                    .isInstanceOfSatisfying(software.amazon.awssdk.services.sesv2.model.SesV2Exception.class,
                            modelledError(status, error));
            assertThatThrownBy(() -> v1.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                    .destination(d -> d.toAddresses("to@example.net"))
                    .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x")))))))
                    .isInstanceOfSatisfying(
                            software.amazon.awssdk.services.pinpointemail.model.PinpointEmailException.class,
                            modelledError(status, error));
            assertThat(http.postJson("/_mock/faults", "{\"operation\": \"SendBulkEmail\", \"error\": \"" + error
                    + "\", \"account\": \"" + account + "\"}").statusCode()).isEqualTo(201);
            assertThatThrownBy(() -> v2.sendBulkEmail(request -> request.fromEmailAddress("sender@example.com")
                    .defaultContent(c -> c.template(t -> t.templateContent(tc -> tc.subject("s")).templateData("{}")))
                    .bulkEmailEntries(e -> e.destination(d -> d.toAddresses("to@example.net")))))
                    .isInstanceOfSatisfying(software.amazon.awssdk.services.sesv2.model.SesV2Exception.class,
                            modelledError(status, error));
        });
        assertThat(Sending.get(port, "/_mock/emails?account=" + account).get("total").asInt()).isZero();
    }

    @Test
    void aRawMessageIsSentOnPinpointEmailToo() {
        String raw = "From: sender@example.com\r\nTo: to@example.net\r\nSubject: v1 raw\r\n\r\nbody\r\n";
        String messageId = v1.sendEmail(request -> request.destination(d -> d.toAddresses("other@example.net"))
                .content(c -> c.raw(r -> r.data(SdkBytes.fromUtf8String(raw))))).messageId();

        JsonNode email = Sending.email(port, messageId);
        assertThat(email.get("subject").asString()).isEqualTo("v1 raw");
        assertThat(email.get("to").get(0).asString()).isEqualTo("other@example.net");
        assertThat(email.get("text").asString()).isEqualTo("body\r\n");
    }

    private SendEmailRequest.Builder simpleTo(String... to) {
        return SendEmailRequest.builder().fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses(List.of(to)))
                .content(c -> c.simple(m -> m.subject(s -> s.data("hi")).body(b -> b.text(t -> t.data("x")))));
    }

    private void assertBadRequest(SendEmailRequest request, String message) {
        assertThatThrownBy(() -> v2.sendEmail(request)).isInstanceOfSatisfying(BadRequestException.class,
                message == null ? modelledError(400, "BadRequestException")
                        : modelledError(400, "BadRequestException", message));
    }
}
