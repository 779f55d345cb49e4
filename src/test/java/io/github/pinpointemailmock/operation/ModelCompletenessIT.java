package io.github.pinpointemailmock.operation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import io.github.pinpointemailmock.support.TestAccounts;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the bundled Pinpoint Email model, and its SES v2 twin, succeeds when called through the real SDK
 * client with a valid minimal request: a 2xx with a request id, never an error. The requests come from a hand-kept
 * table, {@link #REQUESTS}, one valid request per operation in the order the calls are made (creates before the
 * reads, updates and deletes that need what they create), each a map of the input shape's members; a map is turned
 * into the face's SDK request by reflection, guided by the face's model. The table is checked against the model: an
 * operation added to the model and missing from the table fails the test by name, as does a member the table sets
 * that the model does not have, or a required member it leaves out.
 *
 * <p>The state no operation of the table creates is set up first: an address identity to send from and to delete,
 * declared dedicated IPs and a declared pool ({@code mock.dedicated-ips}, {@code mock.dedicated-ip-pools}). Each face
 * runs the whole table in an account of its own, as the store is shared by both faces.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "mock.dedicated-ip-pools=declared-pool",
        "mock.dedicated-ips=198.51.100.20:declared-pool,198.51.100.21"})
class ModelCompletenessIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REGION = "us-east-1";
    private static final String MOVED_IP = "198.51.100.21";
    private static final String CONFIGURATION_SET = "completeness-set";
    private static final String EVENT_DESTINATION = "completeness-destination";
    private static final String POOL = "completeness-pool";

    /** The faces, each with its SDK client interface and model package. */
    enum Face {
        PINPOINT_EMAIL(ApiFace.PINPOINT_EMAIL, PinpointEmailClient.class,
                "software.amazon.awssdk.services.pinpointemail.model"),
        SES_V2(ApiFace.SES_V2, SesV2Client.class, "software.amazon.awssdk.services.sesv2.model");

        final ApiFace api;
        final Class<?> clientInterface;
        final String modelPackage;

        Face(ApiFace api, Class<?> clientInterface, String modelPackage) {
            this.api = api;
            this.clientInterface = clientInterface;
            this.modelPackage = modelPackage;
        }
    }

    /** What a request may depend on: the account's names and what earlier answers returned. */
    static final class Context {
        final String account;
        final String domain;
        final String sender;
        final Instant now = Instant.now();
        final Map<String, Object> captured = new HashMap<>();

        Context(String account) {
            this.account = account;
            this.domain = "d" + account + ".example.com";
            this.sender = "sender@" + domain;
        }

        String configurationSetArn() {
            return "arn:aws:ses:" + REGION + ":" + account + ":configuration-set/" + CONFIGURATION_SET;
        }

        Object captured(String name) {
            Object value = captured.get(name);
            if (value == null) {
                throw new IllegalStateException("No " + name + " captured from an earlier answer");
            }
            return value;
        }
    }

    /** One row of the table: the request's members, and what to keep from the answer for later rows. */
    record Row(Function<Context, Map<String, Object>> members, BiConsumer<Context, Object> capture) {
    }

    private static Row row(Function<Context, Map<String, Object>> members) {
        return new Row(members, (context, response) -> { });
    }

    private static Map<String, Object> simpleContent(String subject) {
        return Map.of("Simple", Map.of("Subject", Map.of("Data", subject),
                "Body", Map.of("Text", Map.of("Data", "Hello from the completeness test."))));
    }

    private static Map<String, Object> snsDestination(Context c, boolean enabled, List<String> eventTypes) {
        return Map.of("Enabled", enabled, "MatchingEventTypes", eventTypes,
                "SnsDestination", Map.of("TopicArn", "arn:aws:sns:" + REGION + ":" + c.account + ":completeness"));
    }

    /** A valid request for every operation, in the order they are called. */
    static final Map<String, Row> REQUESTS = new LinkedHashMap<>();

    static {
        // Creates first.
        REQUESTS.put("CreateEmailIdentity", row(c -> Map.of("EmailIdentity", c.domain)));
        REQUESTS.put("CreateConfigurationSet", row(c -> Map.of("ConfigurationSetName", CONFIGURATION_SET)));
        REQUESTS.put("CreateConfigurationSetEventDestination", row(c -> Map.of(
                "ConfigurationSetName", CONFIGURATION_SET, "EventDestinationName", EVENT_DESTINATION,
                "EventDestination", snsDestination(c, true, List.of("SEND")))));
        REQUESTS.put("CreateDedicatedIpPool", row(c -> Map.of("PoolName", POOL)));
        REQUESTS.put("PutDeliverabilityDashboardOption", row(c -> Map.of("DashboardEnabled", true,
                "SubscribedDomains", List.of(Map.of("Domain", c.domain)))));
        REQUESTS.put("CreateDeliverabilityTestReport", new Row(c -> Map.of("FromEmailAddress", c.sender,
                "Content", simpleContent("A placement test"), "ReportName", "completeness-report"),
                (c, response) -> c.captured.put("ReportId", property(response, "reportId"))));
        REQUESTS.put("SendEmail", row(c -> Map.of("FromEmailAddress", c.sender,
                "Destination", Map.of("ToAddresses", List.of("success@simulator.amazonses.com")),
                "Content", simpleContent("A campaign"), "ConfigurationSetName", CONFIGURATION_SET)));
        // Account settings.
        REQUESTS.put("PutAccountSendingAttributes", row(c -> Map.of("SendingEnabled", true)));
        REQUESTS.put("PutAccountDedicatedIpWarmupAttributes", row(c -> Map.of("AutoWarmupEnabled", true)));
        REQUESTS.put("GetAccount", row(c -> Map.of()));
        // Configuration sets and their event destinations.
        REQUESTS.put("PutConfigurationSetDeliveryOptions", row(c -> Map.of("ConfigurationSetName", CONFIGURATION_SET,
                "TlsPolicy", "REQUIRE", "SendingPoolName", POOL)));
        REQUESTS.put("PutConfigurationSetReputationOptions", row(c -> Map.of(
                "ConfigurationSetName", CONFIGURATION_SET, "ReputationMetricsEnabled", true)));
        REQUESTS.put("PutConfigurationSetSendingOptions", row(c -> Map.of("ConfigurationSetName", CONFIGURATION_SET,
                "SendingEnabled", true)));
        REQUESTS.put("PutConfigurationSetTrackingOptions", row(c -> Map.of(
                "ConfigurationSetName", CONFIGURATION_SET, "CustomRedirectDomain", c.domain)));
        REQUESTS.put("GetConfigurationSet", row(c -> Map.of("ConfigurationSetName", CONFIGURATION_SET)));
        REQUESTS.put("ListConfigurationSets", row(c -> Map.of()));
        REQUESTS.put("UpdateConfigurationSetEventDestination", row(c -> Map.of(
                "ConfigurationSetName", CONFIGURATION_SET, "EventDestinationName", EVENT_DESTINATION,
                "EventDestination", snsDestination(c, false, List.of("SEND", "DELIVERY")))));
        REQUESTS.put("GetConfigurationSetEventDestinations", row(c -> Map.of(
                "ConfigurationSetName", CONFIGURATION_SET)));
        // Dedicated IPs and pools.
        REQUESTS.put("GetDedicatedIps", row(c -> Map.of()));
        REQUESTS.put("GetDedicatedIp", row(c -> Map.of("Ip", MOVED_IP)));
        REQUESTS.put("PutDedicatedIpInPool", row(c -> Map.of("Ip", MOVED_IP, "DestinationPoolName", POOL)));
        REQUESTS.put("PutDedicatedIpWarmupAttributes", row(c -> Map.of("Ip", MOVED_IP, "WarmupPercentage", 50)));
        REQUESTS.put("ListDedicatedIpPools", row(c -> Map.of()));
        // Identities.
        REQUESTS.put("PutEmailIdentityDkimAttributes", row(c -> Map.of("EmailIdentity", c.domain,
                "SigningEnabled", true)));
        REQUESTS.put("PutEmailIdentityFeedbackAttributes", row(c -> Map.of("EmailIdentity", c.domain,
                "EmailForwardingEnabled", true)));
        REQUESTS.put("PutEmailIdentityMailFromAttributes", row(c -> Map.of("EmailIdentity", c.domain,
                "MailFromDomain", "mail." + c.domain, "BehaviorOnMxFailure", "USE_DEFAULT_VALUE")));
        REQUESTS.put("GetEmailIdentity", row(c -> Map.of("EmailIdentity", c.domain)));
        REQUESTS.put("ListEmailIdentities", row(c -> Map.of()));
        // The deliverability dashboard, over what was sent above.
        REQUESTS.put("GetDeliverabilityDashboardOptions", row(c -> Map.of()));
        REQUESTS.put("GetDeliverabilityTestReport", row(c -> Map.of("ReportId", c.captured("ReportId"))));
        REQUESTS.put("ListDeliverabilityTestReports", row(c -> Map.of()));
        REQUESTS.put("GetBlacklistReports", row(c -> Map.of("BlacklistItemNames", List.of("198.51.100.20"))));
        REQUESTS.put("ListDomainDeliverabilityCampaigns", new Row(c -> Map.of("SubscribedDomain", c.domain,
                "StartDate", c.now.minus(Duration.ofDays(1)), "EndDate", c.now.plus(Duration.ofHours(1))),
                (c, response) -> {
                    List<?> campaigns = (List<?>) property(response, "domainDeliverabilityCampaigns");
                    if (!campaigns.isEmpty()) {
                        c.captured.put("CampaignId", property(campaigns.get(0), "campaignId"));
                    }
                }));
        REQUESTS.put("GetDomainDeliverabilityCampaign", row(c -> Map.of("CampaignId", c.captured("CampaignId"))));
        REQUESTS.put("GetDomainStatisticsReport", row(c -> Map.of("Domain", c.domain,
                "StartDate", c.now.minus(Duration.ofDays(1)), "EndDate", c.now.plus(Duration.ofHours(1)))));
        // Tags.
        REQUESTS.put("TagResource", row(c -> Map.of("ResourceArn", c.configurationSetArn(), "Tags", List.of(
                Map.of("Key", "team", "Value", "mail"), Map.of("Key", "stage", "Value", "test")))));
        REQUESTS.put("ListTagsForResource", row(c -> Map.of("ResourceArn", c.configurationSetArn())));
        REQUESTS.put("UntagResource", row(c -> Map.of("ResourceArn", c.configurationSetArn(),
                "TagKeys", List.of("stage"))));
        // Deletes last: the event destination before its set, the set (which sends through the pool) before the pool.
        REQUESTS.put("DeleteConfigurationSetEventDestination", row(c -> Map.of(
                "ConfigurationSetName", CONFIGURATION_SET, "EventDestinationName", EVENT_DESTINATION)));
        REQUESTS.put("DeleteConfigurationSet", row(c -> Map.of("ConfigurationSetName", CONFIGURATION_SET)));
        REQUESTS.put("DeleteDedicatedIpPool", row(c -> Map.of("PoolName", POOL)));
        REQUESTS.put("DeleteEmailIdentity", row(c -> Map.of("EmailIdentity", c.sender)));
    }

    @LocalServerPort
    int port;

    @Test
    void theTableHoldsARequestForEveryOperationOfThePinpointEmailModelAndNothingElse() throws IOException {
        Set<String> modelled = operations(model(ApiFace.PINPOINT_EMAIL));

        assertThat(modelled).as("the Pinpoint Email model's operations").hasSize(42);
        assertThat(new TreeSet<>(REQUESTS.keySet())).as("operations of the table")
                .containsExactlyInAnyOrderElementsOf(modelled);
        assertThat(operations(model(ApiFace.SES_V2))).as("SES v2 has a twin of every Pinpoint Email operation")
                .containsAll(modelled);
    }

    @Test
    void everyRequestOfTheTableSetsOnlyMembersOfTheModelAndAllItRequires() throws IOException {
        Context context = new Context("123456789012");
        context.captured.put("ReportId", "report");
        context.captured.put("CampaignId", "campaign");
        List<String> problems = new ArrayList<>();
        for (Face face : Face.values()) {
            JsonNode model = model(face.api);
            REQUESTS.forEach((operation, row) -> {
                JsonNode input = model.path("shapes").path(inputShape(model, operation));
                Map<String, Object> members = row.members().apply(context);
                for (String member : members.keySet()) {
                    if (!input.path("members").has(member)) {
                        problems.add(operation + " on " + face + " has no member " + member);
                    }
                }
                for (JsonNode required : input.path("required")) {
                    if (!members.containsKey(required.asString())) {
                        problems.add(operation + " on " + face + " requires " + required.asString());
                    }
                }
            });
        }

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void everyOperationOfTheModelSucceedsWithAValidRequest(Face face) throws Exception {
        JsonNode model = model(face.api);
        Context context = new Context(
                TestAccounts.random());
        Map<String, String> failures = new LinkedHashMap<>();
        List<String> succeeded = new ArrayList<>();

        try (SesV2Client setup = SesV2Clients.forPort(port, context.account, REGION);
             AutoCloseable client = client(face, context.account)) {
            // The address to send from, and the identity DeleteEmailIdentity deletes.
            setup.createEmailIdentity(request -> request.emailIdentity(context.sender));

            for (String operation : REQUESTS.keySet()) {
                String outcome = call(face, client, model, operation, REQUESTS.get(operation), context);
                if (outcome == null) {
                    succeeded.add(operation);
                } else {
                    failures.put(operation, outcome);
                }
            }
            for (String operation : operations(model(ApiFace.PINPOINT_EMAIL))) {
                if (!REQUESTS.containsKey(operation)) {
                    failures.put(operation, "the model has it; the table of valid requests does not");
                }
            }
        }

        assertThat(failures).as("operations on %s that did not succeed", face).isEmpty();
        assertThat(succeeded).as("operations on %s that succeeded", face).hasSize(42);
    }

    private AutoCloseable client(Face face, String account) {
        return face == Face.PINPOINT_EMAIL
                ? PinpointEmailClients.forPort(port, account, REGION)
                : SesV2Clients.forPort(port, account, REGION);
    }

    /** Null when the call succeeded with a 2xx and a request id; otherwise what went wrong, with the request. */
    private static String call(Face face, Object client, JsonNode model, String operation, Row row, Context context)
            throws ReflectiveOperationException {
        Class<?> requestClass = Class.forName(face.modelPackage + "." + operation + "Request");
        Method method = face.clientInterface.getMethod(lowerFirst(operation), requestClass);
        Object request;
        try {
            request = build(requestClass, model, inputShape(model, operation), row.members().apply(context));
        } catch (IllegalStateException e) {
            return "no request: " + e.getMessage();
        }
        try {
            AwsResponse response = (AwsResponse) method.invoke(client, request);
            int status = response.sdkHttpResponse().statusCode();
            String requestId = response.responseMetadata().requestId();
            if (status < 200 || status > 299) {
                return "HTTP " + status + " to " + request;
            }
            if (requestId == null || requestId.isBlank() || "UNKNOWN".equals(requestId)) {
                return "no x-amzn-RequestId in the answer to " + request;
            }
            row.capture().accept(context, response);
            return null;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AwsServiceException aws) {
                return aws.statusCode() + " " + aws.awsErrorDetails().errorCode() + " \""
                        + aws.awsErrorDetails().errorMessage() + "\" to " + request;
            }
            if (cause instanceof SdkClientException sdk) {
                return "client: " + sdk.getMessage() + " for " + request;
            }
            throw e;
        }
    }

    /** A model object of {@code type} (shape {@code shapeName}) with the given members, each as the model types it. */
    private static Object build(Class<?> type, JsonNode model, String shapeName, Map<?, ?> members)
            throws ReflectiveOperationException {
        // Through the public Builder interface: the implementation class is not accessible.
        Method builderMethod = type.getMethod("builder");
        Class<?> builderType = builderMethod.getReturnType();
        Object builder = builderMethod.invoke(null);
        JsonNode shape = model.path("shapes").path(shapeName);
        for (Map.Entry<?, ?> member : members.entrySet()) {
            String name = (String) member.getKey();
            if (!shape.path("members").has(name)) {
                throw new IllegalStateException(shapeName + " has no member " + name);
            }
            String memberShape = shape.path("members").path(name).path("shape").asString();
            setMember(builderType, builder, name, model, memberShape, member.getValue());
        }
        return builderType.getMethod("build").invoke(builder);
    }

    private static void setMember(Class<?> builderType, Object builder, String member, JsonNode model,
                                  String shapeName, Object value) throws ReflectiveOperationException {
        String kind = model.path("shapes").path(shapeName).path("type").asString();
        for (Method setter : builderType.getMethods()) {
            if (!setter.getName().equalsIgnoreCase(member) || setter.getParameterCount() != 1
                    || setter.isVarArgs()) {
                continue;
            }
            Class<?> parameter = setter.getParameterTypes()[0];
            Object converted = switch (kind) {
                case "structure" -> hasBuilder(parameter) ? build(parameter, model, shapeName, (Map<?, ?>) value)
                        : null;
                case "list" -> Collection.class.isAssignableFrom(parameter)
                        ? elements(setter.getGenericParameterTypes()[0], model,
                        model.path("shapes").path(shapeName).path("member").path("shape").asString(), (List<?>) value)
                        : null;
                case "map" -> Map.class.isAssignableFrom(parameter) ? value : null;
                default -> parameter.isInstance(value) ? value : null;
            };
            if (converted != null) {
                setter.invoke(builder, converted);
                return;
            }
        }
        throw new IllegalStateException("No setter on " + builderType.getSimpleName() + " for " + member + " ("
                + kind + ") taking " + value);
    }

    private static List<Object> elements(Type listType, JsonNode model, String elementShape, List<?> values)
            throws ReflectiveOperationException {
        Type element = ((ParameterizedType) listType).getActualTypeArguments()[0];
        Class<?> elementClass = element instanceof Class<?> c ? c
                : (Class<?>) ((WildcardType) element).getUpperBounds()[0];
        List<Object> converted = new ArrayList<>();
        for (Object value : values) {
            if (model.path("shapes").path(elementShape).path("type").asString().equals("structure")) {
                converted.add(build(elementClass, model, elementShape, (Map<?, ?>) value));
            } else if (elementClass.isEnum()) {
                converted.add(elementClass.getMethod("fromValue", String.class).invoke(null, value));
            } else {
                converted.add(value);
            }
        }
        return converted;
    }

    /** A member of an SDK model object, by its accessor's name. */
    private static Object property(Object modelObject, String accessor) {
        try {
            return modelObject.getClass().getMethod(accessor).invoke(modelObject);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasBuilder(Class<?> type) {
        try {
            type.getMethod("builder");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static String inputShape(JsonNode model, String operation) {
        return model.path("operations").path(operation).path("input").path("shape").asString();
    }

    private static Set<String> operations(JsonNode model) {
        Set<String> operations = new TreeSet<>();
        model.path("operations").properties().forEach(entry -> operations.add(entry.getKey()));
        return operations;
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static JsonNode model(ApiFace face) throws IOException {
        try (InputStream in = new ClassPathResource(face.modelResource()).getInputStream()) {
            return JSON.readTree(in);
        }
    }
}
