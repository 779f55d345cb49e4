package io.github.pinpointemailmock.operation;

import io.github.pinpointemailmock.error.AwsErrorType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which errors each operation models on each face, read from the bundled botocore service models, so that fault
 * injection can refuse an error the real operation never answers with. An operation missing from a face's model
 * (e.g. {@code GetDedicatedIpPool} on Pinpoint Email) models nothing there.
 */
@Component
public class OperationCatalog {

    private final Map<ApiFace, Map<Operation, Set<AwsErrorType>>> errors = new EnumMap<>(ApiFace.class);

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
        }
    }

    /** The errors the operation models on that face; empty where the face lacks the operation. */
    public Set<AwsErrorType> modelledErrors(ApiFace face, Operation operation) {
        return errors.get(face).getOrDefault(operation, Set.of());
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
}
