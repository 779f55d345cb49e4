package io.github.pinpointemailmock.operation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.support.PinpointEmailClients;
import io.github.pinpointemailmock.support.SesV2Clients;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.pinpointemail.PinpointEmailClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the bundled Pinpoint Email model, and its SES v2 twin, is served: called through the real SDK
 * client with a request built from the model's required members (any value of the member's type will do), none
 * answers {@code UnknownOperationException} ("is not emulated"), nor a 5xx. A modelled error (a request of
 * placeholder values is usually a {@code BadRequestException} or a {@code NotFoundException}) counts as served: it is
 * the operation's own answer. The client method and request class are found by the operation's name, so an
 * operation added to the model cannot be forgotten.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ModelCompletenessIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void everyPinpointEmailOperationAndItsSesV2TwinIsServed() throws Exception {
        JsonNode v1Model = model(ApiFace.PINPOINT_EMAIL);
        JsonNode v2Model = model(ApiFace.SES_V2);
        String account = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
        Map<String, String> unserved = new TreeMap<>();
        Map<String, String> broken = new TreeMap<>();
        Set<String> served = new TreeSet<>();
        List<String> operations = new ArrayList<>();
        v1Model.path("operations").properties().forEach(entry -> operations.add(entry.getKey()));
        assertThat(operations).as("the Pinpoint Email model's operations").hasSize(42);

        try (PinpointEmailClient v1 = PinpointEmailClients.forPort(port, account, "us-east-1");
             SesV2Client v2 = SesV2Clients.forPort(port, account, "us-east-1")) {
            for (String operation : operations) {
                record(operation + " on /v1", call(v1, PinpointEmailClient.class, "software.amazon.awssdk.services.pinpointemail.model",
                        v1Model, operation), served, unserved, broken);
                if (v2Model.path("operations").has(operation)) {
                    record(operation + " on /v2", call(v2, SesV2Client.class, "software.amazon.awssdk.services.sesv2.model",
                            v2Model, operation), served, unserved, broken);
                }
            }
        }

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(broken).as("calls that did not get an AWS answer, or got a 5xx").isEmpty();
            softly.assertThat(unserved).as("operations of the model answered as not emulated").isEmpty();
            softly.assertThat(served).as("calls served").hasSize(84);
        });
    }

    private static void record(String call, Outcome outcome, Set<String> served, Map<String, String> unserved,
                               Map<String, String> broken) {
        switch (outcome.kind()) {
            case SERVED -> served.add(call);
            case UNSERVED -> unserved.put(call, outcome.detail());
            case BROKEN -> broken.put(call, outcome.detail());
        }
    }

    private static Outcome call(Object client, Class<?> clientInterface, String modelPackage, JsonNode model, String operation)
            throws ReflectiveOperationException {
        Class<?> requestClass = Class.forName(modelPackage + "." + operation + "Request");
        Method method = clientInterface.getMethod(lowerFirst(operation), requestClass);
        String inputShape = model.path("operations").path(operation).path("input").path("shape").asString();
        Object request = build(requestClass, model, inputShape, 0);
        try {
            method.invoke(client, request);
            return new Outcome(Kind.SERVED, "200");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AwsServiceException aws) {
                String code = aws.awsErrorDetails().errorCode();
                if ("UnknownOperationException".equals(code)) {
                    return new Outcome(Kind.UNSERVED, aws.awsErrorDetails().errorMessage());
                }
                if (aws.statusCode() >= 500) {
                    return new Outcome(Kind.BROKEN, aws.statusCode() + " " + code + ": "
                            + aws.awsErrorDetails().errorMessage());
                }
                return new Outcome(Kind.SERVED, code);
            }
            if (cause instanceof SdkClientException client1) {
                return new Outcome(Kind.BROKEN, "client: " + client1.getMessage());
            }
            throw e;
        }
    }

    /** A model object of {@code type} with every member the shape requires set to a placeholder of its type. */
    private static Object build(Class<?> type, JsonNode model, String shapeName, int depth)
            throws ReflectiveOperationException {
        // Through the public Builder interface: the implementation class is not accessible.
        Method builderMethod = type.getMethod("builder");
        Class<?> builderType = builderMethod.getReturnType();
        Object builder = builderMethod.invoke(null);
        JsonNode shape = model.path("shapes").path(shapeName);
        for (JsonNode required : shape.path("required")) {
            String member = required.asString();
            String memberShape = shape.path("members").path(member).path("shape").asString();
            setMember(builderType, builder, member, model, memberShape, depth);
        }
        return builderType.getMethod("build").invoke(builder);
    }

    private static void setMember(Class<?> builderType, Object builder, String member, JsonNode model, String shapeName, int depth)
            throws ReflectiveOperationException {
        JsonNode shape = model.path("shapes").path(shapeName);
        String kind = shape.path("type").asString();
        for (Method setter : builderType.getMethods()) {
            if (!setter.getName().equalsIgnoreCase(member) || setter.getParameterCount() != 1) {
                continue;
            }
            Class<?> parameter = setter.getParameterTypes()[0];
            Object value = switch (kind) {
                case "string" -> parameter == String.class
                        ? (shape.has("enum") ? shape.path("enum").get(0).asString() : "x") : null;
                case "boolean" -> parameter == Boolean.class ? Boolean.TRUE : null;
                case "integer" -> parameter == Integer.class ? 1 : null;
                case "long" -> parameter == Long.class ? 1L : null;
                case "double" -> parameter == Double.class ? 1.0 : null;
                case "timestamp" -> parameter == Instant.class ? Instant.now() : null;
                case "blob" -> parameter == SdkBytes.class ? SdkBytes.fromUtf8String("x") : null;
                case "map" -> Map.class.isAssignableFrom(parameter) ? Map.of() : null;
                case "structure" -> depth < 6 && hasBuilder(parameter)
                        ? build(parameter, model, shapeName, depth + 1) : null;
                case "list" -> Collection.class.isAssignableFrom(parameter)
                        ? List.of(element(setter.getGenericParameterTypes()[0], model,
                        shape.path("member").path("shape").asString(), depth)) : null;
                default -> null;
            };
            if (value != null) {
                setter.invoke(builder, value);
                return;
            }
        }
        throw new IllegalStateException("No setter for required member " + member + " (" + kind + ") on "
                + builderType);
    }

    private static Object element(Type listType, JsonNode model, String elementShape, int depth)
            throws ReflectiveOperationException {
        Type element = ((ParameterizedType) listType).getActualTypeArguments()[0];
        Class<?> elementClass = element instanceof Class<?> c ? c
                : (Class<?>) ((java.lang.reflect.WildcardType) element).getUpperBounds()[0];
        String kind = model.path("shapes").path(elementShape).path("type").asString();
        return switch (kind) {
            case "structure" -> build(elementClass, model, elementShape, depth + 1);
            case "string" -> model.path("shapes").path(elementShape).has("enum")
                    ? model.path("shapes").path(elementShape).path("enum").get(0).asString() : "x";
            default -> throw new IllegalStateException("No placeholder for a list of " + kind);
        };
    }

    private static boolean hasBuilder(Class<?> type) {
        try {
            type.getMethod("builder");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static JsonNode model(ApiFace face) throws IOException {
        try (InputStream in = new ClassPathResource(face.modelResource()).getInputStream()) {
            return JSON.readTree(in);
        }
    }

    private enum Kind { SERVED, UNSERVED, BROKEN }

    private record Outcome(Kind kind, String detail) {
    }
}
