package io.github.pinpointemailmock.eventdestination;

import static io.github.pinpointemailmock.support.AwsErrorAssertions.modelledError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pinpointemailmock.support.Concurrently;
import io.github.pinpointemailmock.support.MockControlPlane;
import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.DimensionValueSource;
import software.amazon.awssdk.services.sesv2.model.EventDestination;
import software.amazon.awssdk.services.sesv2.model.EventDestinationDefinition;
import software.amazon.awssdk.services.sesv2.model.EventType;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The event-destination operations on both faces, through the real SDK clients: CRUD, every error, the quota. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EventDestinationIT {

    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:ses-events";
    private static final String BUS = "arn:aws:events:us-east-1:123456789012:event-bus/default";

    @LocalServerPort
    int port;

    private String account;
    private SesV2Client v2;
    private PinpointEmailClient v1;

    @BeforeEach
    void clients() {
        account = TestAccounts.random();
        v2 = SesV2Clients.forPort(port, account, "us-east-1");
        v1 = PinpointEmailClients.forPort(port, account, "us-east-1");
        v2.createConfigurationSet(request -> request.configurationSetName("set"));
    }

    @AfterEach
    void close() {
        v2.close();
        v1.close();
    }

    private void create(String name, Consumer<EventDestinationDefinition.Builder> definition) {
        v2.createConfigurationSetEventDestination(request -> request.configurationSetName("set")
                .eventDestinationName(name).eventDestination(definition));
    }

    private static Consumer<EventDestinationDefinition.Builder> sns(EventType... types) {
        return d -> d.enabled(true).matchingEventTypes(types).snsDestination(s -> s.topicArn(TOPIC));
    }

    private List<EventDestination> destinations() {
        return v2.getConfigurationSetEventDestinations(request -> request.configurationSetName("set"))
                .eventDestinations();
    }

    /** The destinations as the wire has them, read without an SDK, which would skip members it does not know. */
    private JsonNode wire(String face) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/" + face
                        + "/email/configuration-sets/set/event-destinations"))
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + account
                        + "/20260101/us-east-1/ses/aws4_request, SignedHeaders=host, Signature=00")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body()).get("EventDestinations");
    }

    @Test
    void aDestinationOnTheWireHasOnlyTheModelsMembersOnBothFaces() throws Exception {
        create("to-sns", sns(EventType.SEND));
        create("to-metrics", d -> d.enabled(true).matchingEventTypes(EventType.BOUNCE)
                .cloudWatchDestination(c -> c.dimensionConfigurations(dimension -> dimension.dimensionName("tag")
                        .dimensionValueSource(DimensionValueSource.MESSAGE_TAG).defaultDimensionValue("none"))));

        for (String face : List.of("v1", "v2")) {
            JsonNode destinations = wire(face);
            assertThat(destinations.get(0).propertyNames()).as(face)
                    .containsExactly("Name", "Enabled", "MatchingEventTypes", "SnsDestination");
            assertThat(destinations.get(1).propertyNames()).as(face)
                    .containsExactly("Name", "Enabled", "MatchingEventTypes", "CloudWatchDestination");
        }
    }

    @Test
    void aCreatedDestinationIsListedAsDefinedAndAnUpdateReplacesItsDefinition() {
        create("to-sns", sns(EventType.BOUNCE, EventType.COMPLAINT));

        assertThat(destinations()).singleElement().satisfies(destination -> {
            assertThat(destination.name()).isEqualTo("to-sns");
            assertThat(destination.enabled()).isTrue();
            assertThat(destination.matchingEventTypes()).containsExactly(EventType.BOUNCE, EventType.COMPLAINT);
            assertThat(destination.snsDestination().topicArn()).isEqualTo(TOPIC);
        });

        v2.updateConfigurationSetEventDestination(request -> request.configurationSetName("set")
                .eventDestinationName("to-sns").eventDestination(d -> d.matchingEventTypes(EventType.DELIVERY_DELAY)
                        .eventBridgeDestination(b -> b.eventBusArn(BUS))));

        assertThat(destinations()).singleElement().satisfies(destination -> {
            assertThat(destination.name()).isEqualTo("to-sns");
            assertThat(destination.enabled()).isFalse();
            assertThat(destination.matchingEventTypes()).containsExactly(EventType.DELIVERY_DELAY);
            assertThat(destination.snsDestination()).isNull();
            assertThat(destination.eventBridgeDestination().eventBusArn()).isEqualTo(BUS);
        });
    }

    @Test
    void destinationsAreListedInTheOrderTheyWereCreatedAndADeletedOneIsGone() {
        create("b-first", sns(EventType.SEND));
        create("a-second", d -> d.matchingEventTypes(EventType.SEND).cloudWatchDestination(c ->
                c.dimensionConfigurations(dim -> dim.dimensionName("ses:configuration-set")
                        .dimensionValueSource(DimensionValueSource.MESSAGE_TAG).defaultDimensionValue("none"))));
        create("c-third", d -> d.matchingEventTypes(EventType.OPEN).kinesisFirehoseDestination(f -> f
                .deliveryStreamArn("arn:aws:firehose:us-east-1:123456789012:deliverystream/events")
                .iamRoleArn("arn:aws:iam::123456789012:role/ses-firehose")));

        v2.deleteConfigurationSetEventDestination(request -> request.configurationSetName("set")
                .eventDestinationName("a-second"));

        assertThat(destinations()).extracting(EventDestination::name).containsExactly("b-first", "c-third");
    }

    @Test
    void pinpointEmailSeesTheSameDestinationsWithoutWhatOnlySesV2Has() {
        create("bus", d -> d.enabled(true).matchingEventTypes(EventType.SEND, EventType.DELIVERY_DELAY)
                .eventBridgeDestination(b -> b.eventBusArn(BUS)));
        v1.createConfigurationSetEventDestination(request -> request.configurationSetName("set")
                .eventDestinationName("pinpoint").eventDestination(d -> d.enabled(true)
                        .matchingEventTypesWithStrings("CLICK")
                        .pinpointDestination(p -> p.applicationArn(
                                "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef"))));

        var onV1 = v1.getConfigurationSetEventDestinations(request -> request.configurationSetName("set"))
                .eventDestinations();
        assertThat(onV1).extracting(d -> d.name()).containsExactly("bus", "pinpoint");
        assertThat(onV1.get(0).matchingEventTypesAsStrings()).containsExactly("SEND");
        assertThat(onV1.get(1).pinpointDestination().applicationArn()).endsWith(":apps/0123456789abcdef");
        assertThat(destinations().get(0).matchingEventTypes())
                .containsExactly(EventType.SEND, EventType.DELIVERY_DELAY);
    }

    @Test
    void aSecondDestinationOfTheSameNameIsAlreadyExists() {
        create("dup", sns(EventType.SEND));

        assertThatThrownBy(() -> create("dup", sns(EventType.BOUNCE)))
                .isInstanceOfSatisfying(AlreadyExistsException.class,
                        modelledError(400, "AlreadyExistsException", "Event destination dup already exists."));
        assertThat(destinations()).singleElement().satisfies(d ->
                assertThat(d.matchingEventTypes()).containsExactly(EventType.SEND));
    }

    @Test
    void everyOperationOnAMissingSetIsNotFound() {
        String message = "Configuration set missing does not exist.";
        assertThatThrownBy(() -> v2.createConfigurationSetEventDestination(request -> request
                .configurationSetName("missing").eventDestinationName("d").eventDestination(sns(EventType.SEND))))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException", message));
        assertThatThrownBy(() -> v2.getConfigurationSetEventDestinations(request -> request
                .configurationSetName("missing")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException", message));
        assertThatThrownBy(() -> v2.updateConfigurationSetEventDestination(request -> request
                .configurationSetName("missing").eventDestinationName("d").eventDestination(sns(EventType.SEND))))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException", message));
        assertThatThrownBy(() -> v1.deleteConfigurationSetEventDestination(request -> request
                .configurationSetName("missing").eventDestinationName("d")))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.pinpointemail.model.NotFoundException.class,
                        modelledError(404, "NotFoundException", message));
    }

    @Test
    void updatingOrDeletingAMissingDestinationIsNotFound() {
        create("present", sns(EventType.SEND));
        String message = "Event destination absent does not exist.";

        assertThatThrownBy(() -> v2.updateConfigurationSetEventDestination(request -> request
                .configurationSetName("set").eventDestinationName("absent").eventDestination(sns(EventType.SEND))))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException", message));
        assertThatThrownBy(() -> v2.deleteConfigurationSetEventDestination(request -> request
                .configurationSetName("set").eventDestinationName("absent")))
                .isInstanceOfSatisfying(NotFoundException.class, modelledError(404, "NotFoundException", message));
        assertThat(destinations()).extracting(EventDestination::name).containsExactly("present");
    }

    @Test
    void theTenthDestinationOfASetIsAcceptedAndTheEleventhIsLimitExceeded() {
        for (int i = 0; i < 10; i++) {
            create("d" + i, sns(EventType.SEND));
        }

        assertThatThrownBy(() -> create("d10", sns(EventType.SEND)))
                .isInstanceOfSatisfying(LimitExceededException.class, modelledError(400, "LimitExceededException",
                        "Maximum number of event destinations (10) reached for configuration set set."));
        assertThat(destinations()).hasSize(10);

        v2.deleteConfigurationSetEventDestination(request -> request.configurationSetName("set")
                .eventDestinationName("d0"));
        create("d10", sns(EventType.SEND));
        assertThat(destinations()).hasSize(10);
    }

    @Test
    void theQuotaIsPerSet() {
        v2.createConfigurationSet(request -> request.configurationSetName("other"));
        for (int i = 0; i < 10; i++) {
            create("d" + i, sns(EventType.SEND));
        }

        v2.createConfigurationSetEventDestination(request -> request.configurationSetName("other")
                .eventDestinationName("d0").eventDestination(sns(EventType.SEND)));

        assertThat(v2.getConfigurationSetEventDestinations(request -> request.configurationSetName("other"))
                .eventDestinations()).hasSize(1);
    }

    @Test
    void invalidDefinitionsAreBadRequestsAndCreateNothing() {
        assertBadRequest("bad name!", sns(EventType.SEND), "Invalid event destination name bad name!: it must "
                + "contain only ASCII letters, numbers, underscores or dashes, and at most 64 characters.");
        assertBadRequest("x".repeat(65), sns(EventType.SEND), null);
        assertBadRequest("d", d -> d.matchingEventTypes(List.of()).snsDestination(s -> s.topicArn(TOPIC)),
                "1 validation error detected: Value at 'eventDestination.matchingEventTypes' failed to satisfy "
                        + "constraint: Member must have length greater than or equal to 1");
        assertBadRequest("d", d -> d.snsDestination(s -> s.topicArn(TOPIC)),
                "1 validation error detected: Value at 'eventDestination.matchingEventTypes' failed to satisfy "
                        + "constraint: Member must not be null");
        assertBadRequest("d", d -> d.matchingEventTypesWithStrings("SEND", "SPAM").snsDestination(s ->
                s.topicArn(TOPIC)), "1 validation error detected: Value at 'eventDestination.matchingEventTypes.2"
                + ".member' failed to satisfy constraint: Member must satisfy enum value set: [BOUNCE, CLICK, "
                + "COMPLAINT, DELIVERY, DELIVERY_DELAY, OPEN, REJECT, RENDERING_FAILURE, SEND, SUBSCRIPTION]");
        assertBadRequest("d", d -> d.matchingEventTypes(EventType.SEND), "EventDestination must contain exactly "
                + "one of KinesisFirehoseDestination, CloudWatchDestination, SnsDestination, EventBridgeDestination "
                + "or PinpointDestination.");
        assertBadRequest("d", d -> d.matchingEventTypes(EventType.SEND).snsDestination(s -> s.topicArn(TOPIC))
                .eventBridgeDestination(b -> b.eventBusArn(BUS)), null);
        assertBadRequest("d", d -> d.matchingEventTypes(EventType.SEND).snsDestination(s -> s.topicArn(null)),
                "1 validation error detected: Value at 'eventDestination.snsDestination.topicArn' failed to "
                        + "satisfy constraint: Member must not be null");
        assertBadRequest("d", d -> d.matchingEventTypes(EventType.SEND).snsDestination(s ->
                s.topicArn("arn:aws:sqs:us-east-1:123456789012:queue")), "Invalid SNS topic ARN "
                + "arn:aws:sqs:us-east-1:123456789012:queue: expected arn:aws:sns:<region>:<account>:<topic>.");
        assertBadRequest("d", d -> d.matchingEventTypes(EventType.SEND).eventBridgeDestination(b ->
                b.eventBusArn("arn:aws:events:us-east-1:123456789012:event-bus/custom")), "Only the default event "
                + "bus is supported; arn:aws:events:us-east-1:123456789012:event-bus/custom is not the default "
                + "event bus.");
        assertBadRequest("d", d -> d.matchingEventTypes(EventType.SEND).kinesisFirehoseDestination(f -> f
                .deliveryStreamArn("arn:aws:firehose:us-east-1:123456789012:deliverystream/events")
                .iamRoleArn("arn:aws:iam::123456789012:user/not-a-role")), null);
        assertBadRequest("d", d -> d.matchingEventTypes(EventType.SEND).pinpointDestination(p ->
                p.applicationArn("arn:aws:sns:us-east-1:123456789012:topic")), null);
        assertBadRequest("d", d -> d.matchingEventTypes(EventType.SEND).cloudWatchDestination(c ->
                c.dimensionConfigurations(dim -> dim.dimensionName("has space")
                        .dimensionValueSource(DimensionValueSource.MESSAGE_TAG).defaultDimensionValue("v"))), null);
        assertBadRequest("d", d -> d.matchingEventTypes(EventType.SEND).cloudWatchDestination(c ->
                c.dimensionConfigurations(dim -> dim.dimensionName("To")
                        .dimensionValueSource(DimensionValueSource.EMAIL_HEADER).defaultDimensionValue("v"))),
                "The email header To cannot be used as a dimension.");
        assertBadRequest("d", d -> d.matchingEventTypes(EventType.SEND).cloudWatchDestination(c ->
                c.dimensionConfigurations(dim -> dim.dimensionName("campaign")
                        .dimensionValueSource(DimensionValueSource.LINK_TAG).defaultDimensionValue("a b"))), null);
        assertBadRequest("d", d -> d.matchingEventTypes(EventType.SEND).cloudWatchDestination(c ->
                c.dimensionConfigurations(dim -> dim.dimensionName("campaign")
                        .dimensionValueSource("BODY").defaultDimensionValue("v"))),
                "1 validation error detected: Value at 'eventDestination.cloudWatchDestination."
                        + "dimensionConfigurations.1.member.dimensionValueSource' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [EMAIL_HEADER, LINK_TAG, MESSAGE_TAG]");

        assertThat(destinations()).isEmpty();
    }

    @Test
    void pinpointEmailRefusesTheEventTypesOnlySesV2Has() {
        assertThatThrownBy(() -> v1.createConfigurationSetEventDestination(request -> request
                .configurationSetName("set").eventDestinationName("d").eventDestination(d -> d
                        .matchingEventTypesWithStrings("DELIVERY_DELAY").snsDestination(s -> s.topicArn(TOPIC)))))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.pinpointemail.model.BadRequestException.class,
                        modelledError(400, "BadRequestException", "1 validation error detected: Value at "
                                + "'eventDestination.matchingEventTypes.1.member' failed to satisfy constraint: "
                                + "Member must satisfy enum value set: [BOUNCE, CLICK, COMPLAINT, DELIVERY, OPEN, "
                                + "REJECT, RENDERING_FAILURE, SEND]"));
    }

    @Test
    void aThrottledCallIsTooManyRequestsAndCreatesNothing() {
        HttpResponse<String> added = new MockControlPlane(port).postJson("/_mock/faults", "{\"operation\": "
                + "\"CreateConfigurationSetEventDestination\", \"error\": \"TooManyRequestsException\", "
                + "\"count\": 1, \"account\": \"" + account + "\"}");
        assertThat(added.statusCode()).isEqualTo(201);

        assertThatThrownBy(() -> create("throttled", sns(EventType.SEND)))
                .isInstanceOfSatisfying(TooManyRequestsException.class,
                        modelledError(429, "TooManyRequestsException"));
        assertThat(destinations()).isEmpty();
    }

    @Test
    void concurrentCreatesNeverExceedTheQuota() throws Exception {
        List<Boolean> created = Concurrently.run(16, i -> {
            try {
                create("d" + i, sns(EventType.SEND));
                return true;
            } catch (LimitExceededException full) {
                return false;
            }
        });

        assertThat(created.stream().filter(Boolean::booleanValue).count()).isEqualTo(10);
        assertThat(destinations()).hasSize(10);
    }

    @Test
    void deletingTheSetDeletesItsDestinations() {
        create("d", sns(EventType.SEND));

        v2.deleteConfigurationSet(request -> request.configurationSetName("set"));
        v2.createConfigurationSet(request -> request.configurationSetName("set"));

        assertThat(destinations()).isEmpty();
    }

    @Test
    void theStateShowsTheDestinationsAndAResetOfTheAccountClearsThem() throws Exception {
        create("d", sns(EventType.SEND));
        MockControlPlane control = new MockControlPlane(port);

        JsonNode scope = scope(control.send("GET", "/_mock/state", null, null));
        assertThat(scope.get("ConfigurationSetEventDestinations").get(0).get("ConfigurationSetName").asString())
                .isEqualTo("set");
        assertThat(scope.get("ConfigurationSetEventDestinations").get(0).get("EventDestinations").get(0)
                .get("SnsDestination").get("TopicArn").asString()).isEqualTo(TOPIC);

        assertThat(control.send("POST", "/_mock/reset?account=" + account, null, null).statusCode()).isEqualTo(204);
        v2.createConfigurationSet(request -> request.configurationSetName("set"));
        assertThat(destinations()).isEmpty();
    }

    private JsonNode scope(HttpResponse<String> state) {
        for (JsonNode scope : JsonMapper.builder().build().readTree(state.body())) {
            if (scope.get("account").asString().equals(account)) {
                return scope;
            }
        }
        throw new AssertionError("no state for " + account + ": " + state.body());
    }

    private void assertBadRequest(String name, Consumer<EventDestinationDefinition.Builder> definition,
                                  String message) {
        assertThatThrownBy(() -> create(name, definition))
                .as(name + " " + definition)
                .isInstanceOfSatisfying(BadRequestException.class, message == null
                        ? modelledError(400, "BadRequestException")
                        : modelledError(400, "BadRequestException", message));
    }
}
