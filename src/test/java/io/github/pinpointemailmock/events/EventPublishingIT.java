package io.github.pinpointemailmock.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.TestAccounts;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.EventType;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.SuppressionListReason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a send with a configuration set publishes, as {@code /_mock/events} records it, and the events on demand. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EventPublishingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:ses-events";
    private static final EventType[] ALL = java.util.Arrays.stream(EventType.values())
            .filter(type -> type != EventType.UNKNOWN_TO_SDK_VERSION).toArray(EventType[]::new);

    @LocalServerPort
    int port;

    private String account;
    private SesV2Client v2;
    private MockControlPlane control;

    @BeforeEach
    void clients() {
        account = TestAccounts.random();
        v2 = SesV2Clients.forPort(port, account, "us-east-1");
        control = new MockControlPlane(port);
        v2.createEmailIdentity(request -> request.emailIdentity("example.com"));
        v2.createConfigurationSet(request -> request.configurationSetName("set"));
    }

    @AfterEach
    void close() {
        v2.close();
    }

    private void destination(String name, boolean enabled, EventType... types) {
        v2.createConfigurationSetEventDestination(request -> request.configurationSetName("set")
                .eventDestinationName(name).eventDestination(d -> d.enabled(enabled).matchingEventTypes(types)
                        .snsDestination(s -> s.topicArn(TOPIC))));
    }

    private String send(String set, String... to) {
        return v2.sendEmail(request -> request.fromEmailAddress("Sender <sender@example.com>")
                .destination(d -> d.toAddresses(to)).configurationSetName(set)
                .emailTags(tag -> tag.name("campaign").value("spring"))
                .content(c -> c.simple(m -> m.subject(s -> s.data("Hello")).body(b -> b.text(t -> t.data("hi"))))))
                .messageId();
    }

    private JsonNode events(String query) {
        HttpResponse<String> response = control.send("GET", "/_mock/events?account=" + account + query, null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.get("events").forEach(event -> types.add(event.get("eventType").asString()));
        return types;
    }

    private HttpResponse<String> raise(String messageId, String body) {
        return control.postJson("/_mock/emails/" + messageId + "/events", body);
    }

    @Test
    void aSendToTheBounceSimulatorRecordsASendAndABounceInSesShape() {
        destination("to-sns", true, ALL);

        String messageId = send("set", "bounce@simulator.amazonses.com");

        JsonNode recorded = events("&messageId=" + messageId);
        assertThat(recorded.get("total").asInt()).isEqualTo(2);
        assertThat(types(recorded)).containsExactly("Bounce", "Send");
        JsonNode bounce = recorded.get("events").get(0);
        assertThat(bounce.get("messageId").asString()).isEqualTo(messageId);
        assertThat(bounce.get("configurationSet").asString()).isEqualTo("set");
        assertThat(bounce.get("recipient").asString()).isEqualTo("bounce@simulator.amazonses.com");
        assertThat(bounce.get("destination").get("name").asString()).isEqualTo("to-sns");
        assertThat(bounce.get("destination").get("kind").asString()).isEqualTo("SNS");
        assertThat(bounce.get("destination").get("arn").asString()).isEqualTo(TOPIC);
        assertThat(bounce.get("delivery").get("status").asString()).isEqualTo("RECORDED_ONLY");

        JsonNode event = bounce.get("event");
        assertThat(event.get("eventType").asString()).isEqualTo("Bounce");
        assertThat(event.get("bounce").get("bounceType").asString()).isEqualTo("Permanent");
        assertThat(event.get("bounce").get("bounceSubType").asString()).isEqualTo("General");
        JsonNode bounced = event.get("bounce").get("bouncedRecipients").get(0);
        assertThat(bounced.get("emailAddress").asString()).isEqualTo("bounce@simulator.amazonses.com");
        assertThat(bounced.get("action").asString()).isEqualTo("failed");
        assertThat(bounced.get("status").asString()).isEqualTo("5.1.1");
        assertThat(bounced.get("diagnosticCode").asString()).isEqualTo("smtp; 550 5.1.1 user unknown");
        assertThat(event.get("bounce").get("feedbackId").asString()).matches("[0-9a-f]{16}-[0-9a-f-]{36}-000000");
        JsonNode mail = event.get("mail");
        assertThat(mail.get("messageId").asString()).isEqualTo(messageId);
        assertThat(mail.get("source").asString()).isEqualTo("sender@example.com");
        assertThat(mail.get("sourceArn").asString())
                .isEqualTo("arn:aws:ses:us-east-1:" + account + ":identity/sender@example.com");
        assertThat(mail.get("sendingAccountId").asString()).isEqualTo(account);
        assertThat(mail.get("destination").get(0).asString()).isEqualTo("bounce@simulator.amazonses.com");
        assertThat(mail.get("timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(mail.get("commonHeaders").get("from").get(0).asString()).isEqualTo("Sender <sender@example.com>");
        assertThat(mail.get("commonHeaders").get("subject").asString()).isEqualTo("Hello");
        assertThat(mail.get("tags").get("ses:configuration-set").get(0).asString()).isEqualTo("set");
        assertThat(mail.get("tags").get("ses:from-domain").get(0).asString()).isEqualTo("example.com");
        assertThat(mail.get("tags").get("ses:source-ip").get(0).asString()).isNotBlank();
        assertThat(mail.get("tags").get("ses:caller-identity").get(0).asString()).isEqualTo("root");
        assertThat(mail.get("tags").get("ses:operation").get(0).asString()).isEqualTo("SendEmail");
        assertThat(mail.get("tags").get("campaign").get(0).asString()).isEqualTo("spring");
        assertThat(recorded.get("events").get(1).get("event").get("send").isEmpty()).isTrue();
    }

    @Test
    void eachRecipientHasItsOwnEventsAndEachDestinationItsOwnRecord() {
        destination("all", true, ALL);
        destination("complaints", true, EventType.COMPLAINT);

        String messageId = send("set", "success@simulator.amazonses.com", "complaint@simulator.amazonses.com");

        assertThat(types(events("&messageId=" + messageId + "&destination=all")))
                .containsExactly("Complaint", "Delivery", "Delivery", "Send");
        JsonNode complaints = events("&messageId=" + messageId + "&destination=complaints");
        assertThat(types(complaints)).containsExactly("Complaint");
        JsonNode complaint = complaints.get("events").get(0).get("event").get("complaint");
        assertThat(complaint.get("complainedRecipients").get(0).get("emailAddress").asString())
                .isEqualTo("complaint@simulator.amazonses.com");
        assertThat(complaint.get("complaintFeedbackType").asString()).isEqualTo("abuse");
        assertThat(types(events("&messageId=" + messageId + "&type=DELIVERY"))).containsExactly("Delivery", "Delivery");
        assertThat(types(events("&messageId=" + messageId + "&recipient=success@simulator.amazonses.com")))
                .containsExactly("Delivery");
    }

    @Test
    void aDisabledDestinationOrOneOfOtherTypesRecordsNothingAndNorDoesASendWithoutASet() {
        destination("disabled", false, ALL);
        destination("opens-only", true, EventType.OPEN, EventType.CLICK);

        String withSet = send("set", "success@simulator.amazonses.com");
        String withoutSet = send(null, "success@simulator.amazonses.com");

        assertThat(events("&messageId=" + withSet).get("total").asInt()).isZero();
        assertThat(events("&messageId=" + withoutSet).get("total").asInt()).isZero();
    }

    @Test
    void aPinpointEmailSendPublishesToTheSameDestinations() {
        destination("to-sns", true, EventType.SEND, EventType.DELIVERY);
        try (PinpointEmailClient v1 = PinpointEmailClients.forPort(port, account, "us-east-1")) {
            String messageId = v1.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                    .destination(d -> d.toAddresses("success@simulator.amazonses.com")).configurationSetName("set")
                    .content(c -> c.simple(m -> m.subject(s -> s.data("s")).body(b -> b.text(t -> t.data("b"))))))
                    .messageId();

            assertThat(types(events("&messageId=" + messageId))).containsExactly("Delivery", "Send");
        }
    }

    @Test
    void aTemplateThatCannotBeRenderedPublishesARenderingFailure() {
        destination("failures", true, EventType.RENDERING_FAILURE);
        v2.createEmailTemplate(request -> request.templateName("greeting")
                .templateContent(c -> c.subject("Hi {{name}}").text("Hello {{name}}")));

        String messageId = v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("success@simulator.amazonses.com")).configurationSetName("set")
                .content(c -> c.template(t -> t.templateName("greeting").templateData("{}")))).messageId();

        JsonNode recorded = events("&messageId=" + messageId);
        assertThat(types(recorded)).containsExactly("Rendering Failure");
        JsonNode failure = recorded.get("events").get(0).get("event").get("failure");
        assertThat(failure.get("templateName").asString()).isEqualTo("greeting");
        assertThat(failure.get("errorMessage").asString()).isNotBlank();
        assertThat(types(events("&messageId=" + messageId + "&type=RenderingFailure")))
                .containsExactly("Rendering Failure");
    }

    @Test
    void anAddressOnTheSuppressionListBouncesOnAccountSuppressionList() {
        destination("bounces", true, EventType.BOUNCE);
        v2.putSuppressedDestination(request -> request.emailAddress("gone@example.net")
                .reason(SuppressionListReason.BOUNCE));

        String messageId = send("set", "gone@example.net");

        JsonNode bounce = events("&messageId=" + messageId).get("events").get(0).get("event").get("bounce");
        assertThat(bounce.get("bounceType").asString()).isEqualTo("Permanent");
        assertThat(bounce.get("bounceSubType").asString()).isEqualTo("OnAccountSuppressionList");
    }

    @Test
    void anOpenAndAClickOnDemandArePublishedLikeTheOthers() {
        destination("engagement", true, EventType.OPEN, EventType.CLICK);
        String messageId = send("set", "reader@example.net");

        HttpResponse<String> opened = raise(messageId, "{\"type\": \"Open\", \"ipAddress\": \"198.51.100.7\"}");
        HttpResponse<String> clicked = raise(messageId, "{\"type\": \"Click\", \"recipient\": \"reader@example.net\","
                + " \"link\": \"https://example.com/offer\", \"linkTags\": {\"campaign\": \"spring\"}}");

        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(opened.body()).get("events").get(0).get("event").get("open").get("ipAddress")
                .asString()).isEqualTo("198.51.100.7");
        assertThat(clicked.statusCode()).isEqualTo(200);
        JsonNode recorded = events("&messageId=" + messageId);
        assertThat(types(recorded)).containsExactly("Click", "Open");
        JsonNode click = recorded.get("events").get(0).get("event").get("click");
        assertThat(click.get("link").asString()).isEqualTo("https://example.com/offer");
        assertThat(click.get("linkTags").get("campaign").get(0).asString()).isEqualTo("spring");
        assertThat(click.get("userAgent").asString()).isNotBlank();
    }

    @Test
    void aLateComplaintPutsTheRecipientOnTheAccountsSuppressionList() {
        destination("complaints", true, EventType.COMPLAINT);
        String messageId = send("set", "angry@example.net");

        HttpResponse<String> response = raise(messageId, "{\"type\": \"Complaint\", \"complaintFeedbackType\": "
                + "\"fraud\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("addedToSuppressionList").asBoolean()).isTrue();
        assertThat(v2.getSuppressedDestination(request -> request.emailAddress("angry@example.net"))
                .suppressedDestination().reason()).isEqualTo(SuppressionListReason.COMPLAINT);
        JsonNode complaint = events("&messageId=" + messageId).get("events").get(0).get("event").get("complaint");
        assertThat(complaint.get("complaintFeedbackType").asString()).isEqualTo("fraud");
    }

    @Test
    void theSetsSuppressionOptionsDecideWhatALateEventSuppresses() {
        v2.putConfigurationSetSuppressionOptions(request -> request.configurationSetName("set")
                .suppressedReasons(SuppressionListReason.BOUNCE));
        String messageId = send("set", "a@example.net", "b@example.net");

        raise(messageId, "{\"type\": \"Complaint\", \"recipient\": \"a@example.net\"}");
        raise(messageId, "{\"type\": \"Bounce\", \"recipient\": \"b@example.net\", \"bounceType\": \"Transient\","
                + " \"bounceSubType\": \"MailboxFull\"}");
        assertThatThrownBy(() -> v2.getSuppressedDestination(request -> request.emailAddress("a@example.net")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> v2.getSuppressedDestination(request -> request.emailAddress("b@example.net")))
                .isInstanceOf(NotFoundException.class);

        raise(messageId, "{\"type\": \"Bounce\", \"recipient\": \"b@example.net\"}");
        assertThat(v2.getSuppressedDestination(request -> request.emailAddress("b@example.net"))
                .suppressedDestination().reason()).isEqualTo(SuppressionListReason.BOUNCE);
    }

    @Test
    void aDelayAndASubscriptionOnDemandCarryTheirOwnObjects() {
        destination("later", true, EventType.DELIVERY_DELAY, EventType.SUBSCRIPTION);
        String messageId = send("set", "slow@example.net");

        raise(messageId, "{\"type\": \"DeliveryDelay\", \"delayType\": \"MailboxFull\"}");
        raise(messageId, "{\"type\": \"Subscription\", \"contactList\": \"news\"}");

        JsonNode recorded = events("&messageId=" + messageId);
        assertThat(types(recorded)).containsExactly("Subscription", "DeliveryDelay");
        JsonNode subscription = recorded.get("events").get(0).get("event").get("subscription");
        assertThat(subscription.get("contactList").asString()).isEqualTo("news");
        assertThat(subscription.get("newTopicPreferences").get("unsubscribeAll").asBoolean()).isTrue();
        JsonNode delay = recorded.get("events").get(1).get("event").get("deliveryDelay");
        assertThat(delay.get("delayType").asString()).isEqualTo("MailboxFull");
        assertThat(delay.get("delayedRecipients").get(0).get("emailAddress").asString()).isEqualTo("slow@example.net");
    }

    @Test
    void anOnDemandEventForAnUnknownMessageIsNotFoundInTheAwsErrorFormat() {
        HttpResponse<String> response = raise("0000000000000000-00000000-0000-0000-0000-000000000000-000000",
                "{\"type\": \"Open\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("NotFoundException");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(JSON.readTree(response.body()).get("message").asString()).isEqualTo("No email with the message "
                + "id 0000000000000000-00000000-0000-0000-0000-000000000000-000000.");
    }

    @Test
    void aBadTypeAStrangerOrAMissingLinkIsABadRequestThatRecordsNothing() {
        destination("all", true, ALL);
        String messageId = send("set", "one@example.net", "two@example.net");
        int before = events("&messageId=" + messageId).get("total").asInt();

        assertBadRequest(raise(messageId, "{\"type\": \"Explode\", \"recipient\": \"one@example.net\"}"),
                "type Explode cannot be raised; it must be one of Open, Click, Bounce, Complaint, DeliveryDelay, "
                        + "Subscription.");
        assertBadRequest(raise(messageId, "{\"type\": \"Open\", \"recipient\": \"stranger@example.net\"}"),
                "stranger@example.net is not a recipient of message " + messageId + ".");
        assertBadRequest(raise(messageId, "{\"type\": \"Open\"}"),
                "recipient is required: message " + messageId + " has 2 recipients.");
        assertBadRequest(raise(messageId, "{\"type\": \"Click\", \"recipient\": \"one@example.net\"}"),
                "link is required.");
        assertBadRequest(raise(messageId, "{\"type\": \"Bounce\", \"recipient\": \"one@example.net\", "
                + "\"bounceType\": \"Permanent\", \"bounceSubType\": \"MailboxFull\"}"), "bounceSubType MailboxFull "
                + "is not a subtype of a Permanent bounce; it must be one of [General, NoEmail, Suppressed, "
                + "OnAccountSuppressionList].");

        assertThat(events("&messageId=" + messageId).get("total").asInt()).isEqualTo(before);
    }

    @Test
    void deletedEventsAreGoneAndTheInfoCountsWhatWasRecorded() {
        destination("all", true, ALL);
        String messageId = send("set", "success@simulator.amazonses.com");

        HttpResponse<String> deleted = control.send("DELETE", "/_mock/events?messageId=" + messageId, null, null);

        assertThat(JSON.readTree(deleted.body()).get("deleted").asInt()).isEqualTo(2);
        assertThat(events("&messageId=" + messageId).get("total").asInt()).isZero();
        JsonNode info = JSON.readTree(control.send("GET", "/_mock/info", null, null).body());
        assertThat(info.get("recordedEvents").get("recorded").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(info.get("recordedEvents").get("maxStored").asInt()).isEqualTo(10_000);
    }

    @Test
    void aTypeFilterThatNamesNoEventTypeIsABadRequestAndDeletesNothing() {
        destination("all", true, ALL);
        String messageId = send("set", "bounce@simulator.amazonses.com");
        String message = "type Bounced is not an event type; it must be one of Send, Delivery, Bounce, Complaint, "
                + "Reject, Rendering Failure, Open, Click, DeliveryDelay, Subscription.";

        assertBadRequest(control.send("GET", "/_mock/events?type=Bounced", null, null), message);
        assertBadRequest(control.send("DELETE", "/_mock/events?messageId=" + messageId + "&type=Bounced", null,
                null), message);

        assertThat(types(events("&messageId=" + messageId))).containsExactly("Bounce", "Send");
        assertThat(types(events("&messageId=" + messageId + "&type=bounce"))).containsExactly("Bounce");
    }

    @Test
    void aRawMessageWithHugeHeadersToFiftyRecipientsRecordsSmallEventsWithTheHeadersTruncated() {
        destination("all", true, ALL);
        List<String> to = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            to.add("reader" + i + "@example.net");
        }
        String raw = "From: sender@example.com\r\nTo: " + String.join(", ", to) + "\r\nSubject: Big\r\n"
                + "X-Huge: " + "x".repeat(400 * 1024) + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain\r\n\r\nhi\r\n";

        String messageId = v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses(to)).configurationSetName("set")
                .content(c -> c.raw(r -> r.data(SdkBytes.fromUtf8String(raw))))).messageId();

        JsonNode recorded = events("&messageId=" + messageId);
        assertThat(recorded.get("total").asInt()).isEqualTo(51);
        recorded.get("events").forEach(record -> {
            JsonNode mail = record.get("event").get("mail");
            assertThat(mail.get("headersTruncated").asBoolean()).isTrue();
            List<String> names = new ArrayList<>();
            mail.get("headers").forEach(header -> names.add(header.get("name").asString()));
            assertThat(names).contains("From", "To", "Subject").doesNotContain("X-Huge");
            assertThat(record.get("event").toString().length()).isLessThan(16 * 1024);
        });
    }

    @Test
    void engagementWithMailThatNeverReachedTheRecipientIsABadRequestThatRecordsNothing() {
        destination("all", true, ALL);
        v2.putSuppressedDestination(request -> request.emailAddress("gone@example.net")
                .reason(SuppressionListReason.BOUNCE));
        String messageId = send("set", "bounce@simulator.amazonses.com", "gone@example.net", "reader@example.net");
        int before = events("&messageId=" + messageId).get("total").asInt();

        for (String type : List.of("Open", "Click", "Complaint", "DeliveryDelay", "Subscription")) {
            assertBadRequest(raise(messageId, "{\"type\": \"" + type + "\", \"link\": \"https://example.com\", "
                    + "\"recipient\": \"bounce@simulator.amazonses.com\"}"), type + " needs mail that reached the "
                    + "recipient, but message " + messageId + " was not delivered to bounce@simulator.amazonses.com "
                    + "(BOUNCED).");
        }
        assertBadRequest(raise(messageId, "{\"type\": \"Open\", \"recipient\": \"gone@example.net\"}"),
                "Open needs mail that reached the recipient, but message " + messageId + " was not delivered to "
                        + "gone@example.net (SUPPRESSED).");
        assertThat(events("&messageId=" + messageId).get("total").asInt()).isEqualTo(before);

        assertThat(raise(messageId, "{\"type\": \"Open\", \"recipient\": \"reader@example.net\"}").statusCode())
                .isEqualTo(200);
        assertThat(raise(messageId, "{\"type\": \"Bounce\", \"recipient\": \"reader@example.net\", "
                + "\"bounceType\": \"Transient\", \"bounceSubType\": \"MailboxFull\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void engagementWithATemplateThatCouldNotBeRenderedIsABadRequest() {
        v2.createEmailTemplate(request -> request.templateName("greeting")
                .templateContent(c -> c.subject("Hi {{name}}").text("Hello {{name}}")));
        String messageId = v2.sendEmail(request -> request.fromEmailAddress("sender@example.com")
                .destination(d -> d.toAddresses("reader@example.net")).configurationSetName("set")
                .content(c -> c.template(t -> t.templateName("greeting").templateData("{}")))).messageId();

        assertBadRequest(raise(messageId, "{\"type\": \"Click\", \"link\": \"https://example.com\"}"),
                "Click needs mail that reached the recipient, but message " + messageId + " was not delivered to "
                        + "reader@example.net (RENDERING_FAILURE).");
    }

    @Test
    void onDemandTextBeyondItsBoundIsABadRequestThatRecordsNothingAndTextAtTheBoundIsTaken() {
        destination("all", true, ALL);
        String messageId = send("set", "reader@example.net");
        int before = events("&messageId=" + messageId).get("total").asInt();
        String link = "https://example.com/" + "a".repeat(2048 - "https://example.com/".length());

        assertBadRequest(raise(messageId, "{\"type\": \"Click\", \"link\": \"" + link + "b\"}"),
                "link is 2049 characters long; at most 2048 are allowed.");
        assertBadRequest(raise(messageId, "{\"type\": \"Open\", \"userAgent\": \"" + "u".repeat(1025) + "\"}"),
                "userAgent is 1025 characters long; at most 1024 are allowed.");
        assertBadRequest(raise(messageId, "{\"type\": \"Open\", \"ipAddress\": \"" + "1".repeat(46) + "\"}"),
                "ipAddress is 46 characters long; at most 45 are allowed.");
        StringBuilder tags = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            tags.append(i == 0 ? "" : ", ").append("\"t").append(i).append("\": \"v\"");
        }
        assertBadRequest(raise(messageId, "{\"type\": \"Click\", \"link\": \"https://example.com\", "
                + "\"linkTags\": {" + tags + "}}"), "linkTags has 51 entries; at most 50 are allowed.");
        assertBadRequest(raise(messageId, "{\"type\": \"Click\", \"link\": \"https://example.com\", "
                + "\"linkTags\": {\"campaign\": [\"" + "v".repeat(257) + "\"]}}"),
                "A value of linkTags.campaign is 257 characters long; at most 256 are allowed.");
        assertBadRequest(raise(messageId, "{\"type\": \"Subscription\", \"newTopicPreferences\": "
                + "{\"topicSubscriptionStatus\": [{\"topicName\": \"" + "n".repeat(257) + "\"}]}}"),
                "newTopicPreferences.topicSubscriptionStatus[].topicName is 257 characters long; at most 256 are "
                        + "allowed.");
        assertThat(events("&messageId=" + messageId).get("total").asInt()).isEqualTo(before);

        HttpResponse<String> atTheBound = raise(messageId, "{\"type\": \"Click\", \"link\": \"" + link + "\", "
                + "\"userAgent\": \"" + "u".repeat(1024) + "\", \"ipAddress\": \"" + "1".repeat(45) + "\"}");
        assertThat(atTheBound.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(atTheBound.body()).get("events").get(0).get("event").get("click").get("link")
                .asString()).isEqualTo(link);
    }

    @Test
    void theInfoShowsTheWeightOfTheRecordedEventsAndItsBound() {
        destination("all", true, ALL);
        send("set", "success@simulator.amazonses.com");

        JsonNode recorded = JSON.readTree(control.send("GET", "/_mock/info", null, null).body()).get("recordedEvents");

        assertThat(recorded.get("storedBytes").asLong()).isPositive();
        assertThat(recorded.get("maxStoredBytes").asLong()).isEqualTo(64L * 1024 * 1024);
    }

    private static void assertBadRequest(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(JSON.readTree(response.body()).get("message").asString()).isEqualTo(message);
    }
}
