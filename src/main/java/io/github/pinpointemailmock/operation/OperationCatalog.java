package io.github.pinpointemailmock.operation;

import io.github.pinpointemailmock.error.AwsErrorType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the bundled botocore service models say about each face's operations: which errors each operation models,
 * so that fault injection can refuse an error the real operation never answers with (an operation missing from a
 * face's model, e.g. {@code GetDedicatedIpPool} on Pinpoint Email, models nothing there); and the method and path of
 * every operation, so that a call of one the emulator does not serve is told so by name.
 */
@Component
public class OperationCatalog {

    private final Map<ApiFace, Map<Operation, Set<AwsErrorType>>> errors = new EnumMap<>(ApiFace.class);
    private final List<ModelRoute> unservedRoutes = new ArrayList<>();

    public OperationCatalog() {
        JsonMapper mapper = JsonMapper.builder().build();
        for (ApiFace face : ApiFace.values()) {
            JsonNode operations = readModel(mapper, face).path("operations");
            Map<Operation, Set<AwsErrorType>> byOperation = new EnumMap<>(Operation.class);
            for (Operation operation : Operation.values()) {
                JsonNode modelled = operations.path(operation.operationName());
                if (!modelled.isMissingNode()) {
                    Set<AwsErrorType> types = EnumSet.noneOf(AwsErrorType.class);
                    modelled.path("errors").forEach(error -> errorType(error.path("shape").asString())
                            .ifPresent(types::add));
                    byOperation.put(operation, types);
                }
            }
            errors.put(face, byOperation);
            operations.properties().forEach(operation -> {
                if (Operation.byName(operation.getKey()).isEmpty()) {
                    JsonNode http = operation.getValue().path("http");
                    unservedRoutes.add(ModelRoute.of(face, operation.getKey(), http.path("method").asString(),
                            http.path("requestUri").asString()));
                }
            });
        }
    }

    /** The errors the operation models on that face; empty where the face lacks the operation. */
    public Set<AwsErrorType> modelledErrors(ApiFace face, Operation operation) {
        return errors.get(face).getOrDefault(operation, Set.of());
    }

    /**
     * The operation of the models, not served by the emulator, that a request with this method and path calls; the
     * most specific one (with the most literal segments) when several templates match.
     *
     * @param pathSegments the path's segments, decoded, without path parameters and without the empty first one
     */
    public Optional<OperationMatch> unservedOperation(String method, List<String> pathSegments) {
        ModelRoute best = null;
        for (ModelRoute route : unservedRoutes) {
            if (route.matches(method, pathSegments) && (best == null || route.literals() > best.literals())) {
                best = route;
            }
        }
        return best == null ? Optional.empty() : Optional.of(OperationMatch.notEmulated(best.face(), best.name()));
    }

    private static Optional<AwsErrorType> errorType(String errorName) {
        return Arrays.stream(AwsErrorType.values()).filter(type -> type.errorName().equals(errorName)).findFirst();
    }

    private static JsonNode readModel(JsonMapper mapper, ApiFace face) {
        try (InputStream model = new ClassPathResource(face.modelResource()).getInputStream()) {
            return mapper.readTree(model);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled model " + face.modelResource(), e);
        }
    }

    /**
     * One operation's {@code http.method} and {@code http.requestUri}: literal segments, {@code {Var}} for one
     * segment and {@code {Var+}} for the rest of the path; a query part of the URI does not take part.
     */
    record ModelRoute(ApiFace face, String name, String method, List<String> template, int literals) {

        static ModelRoute of(ApiFace face, String name, String method, String requestUri) {
            int query = requestUri.indexOf('?');
            String path = query < 0 ? requestUri : requestUri.substring(0, query);
            List<String> template = new ArrayList<>();
            for (String segment : path.split("/")) {
                if (!segment.isEmpty()) {
                    template.add(segment);
                }
            }
            int literals = (int) template.stream().filter(segment -> !segment.startsWith("{")).count();
            return new ModelRoute(face, name, method, List.copyOf(template), literals);
        }

        boolean matches(String requestMethod, List<String> segments) {
            if (!method.equals(requestMethod)) {
                return false;
            }
            for (int i = 0; i < template.size(); i++) {
                String expected = template.get(i);
                boolean greedy = expected.startsWith("{") && expected.endsWith("+}");
                if (greedy) {
                    return i < segments.size() && segments.subList(i, segments.size()).stream()
                            .noneMatch(String::isEmpty);
                }
                if (i >= segments.size()) {
                    return false;
                }
                String actual = segments.get(i);
                if (expected.startsWith("{") ? actual.isEmpty() : !expected.equals(actual)) {
                    return false;
                }
            }
            return template.size() == segments.size();
        }
    }
}
