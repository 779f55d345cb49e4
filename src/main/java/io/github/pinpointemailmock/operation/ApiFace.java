package io.github.pinpointemailmock.operation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The two APIs served over one store: Amazon Pinpoint Email ({@code /v1/email}) and its successor SES v2
 * ({@code /v2/email}). Same protocol, same errors, the same resources; SES v2 has more members and operations.
 */
public enum ApiFace {

    PINPOINT_EMAIL("v1", "models/pinpoint-email-2018-07-26.service-2.json"),
    SES_V2("v2", "models/sesv2-2019-09-27.service-2.json");

    /** The URI template variable every operation mapping names its face with: {@code /{face:v1|v2}/email/...}. */
    public static final String PATH_VARIABLE = "face";

    private final String version;
    private final String modelResource;

    ApiFace(String version, String modelResource) {
        this.version = version;
        this.modelResource = modelResource;
    }

    /**
     * The face of the operation the request was mapped to: from the prefix of the pattern Spring matched
     * ({@code /v1/...} or {@code /v2/...}), or else from the {@code face} path variable as Spring matched it
     * (decoded, path parameters removed); never from the raw URI.
     */
    public static Optional<ApiFace> of(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null) {
            for (ApiFace face : values()) {
                if (pattern.toString().startsWith("/" + face.version + "/")) {
                    return Optional.of(face);
                }
            }
        }
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)) {
            return Optional.empty();
        }
        Object version = variables.get(PATH_VARIABLE);
        return Arrays.stream(values()).filter(face -> face.version.equals(version)).findFirst();
    }

    /** The botocore service model of this face, bundled as a class-path resource. */
    String modelResource() {
        return modelResource;
    }
}
