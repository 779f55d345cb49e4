package io.github.pinpointemailmock.operation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The two APIs served over one store: Amazon Pinpoint Email ({@code /v1/email}) and its successor SES v2
 * ({@code /v2/email}). Same protocol, same errors, the same resources; SES v2 has more members and operations.
 */
public enum ApiFace {

    PINPOINT_EMAIL("v1", "pinpoint-email", "models/pinpoint-email-2018-07-26.service-2.json"),
    SES_V2("v2", "sesv2", "models/sesv2-2019-09-27.service-2.json");

    /** The URI template variable an operation mapped under both faces names its face with: {@code /{face:v1|v2}/...}. */
    public static final String PATH_VARIABLE = "face";

    private final String version;
    private final String serviceId;
    private final String modelResource;

    ApiFace(String version, String serviceId, String modelResource) {
        this.version = version;
        this.serviceId = serviceId;
        this.modelResource = modelResource;
    }

    /**
     * The face of the operation the request was mapped to: from the pattern Spring matched when it starts with a
     * literal face ({@code /v2/email/...}), or else from the {@code face} path variable as Spring matched it (decoded,
     * path parameters removed). Never from the raw URI. Empty before handler mapping, or for a handler that is no
     * AWS operation.
     */
    public static Optional<ApiFace> of(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null) {
            String matched = pattern.toString();
            for (ApiFace face : values()) {
                if (matched.startsWith(face.prefix())) {
                    return Optional.of(face);
                }
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            return byVersion(variables.get(PATH_VARIABLE));
        }
        return Optional.empty();
    }

    private static Optional<ApiFace> byVersion(Object version) {
        for (ApiFace face : values()) {
            if (face.version.equals(version)) {
                return Optional.of(face);
            }
        }
        return Optional.empty();
    }

    /** The service id the SDKs give the face, e.g. {@code sesv2}. */
    public String serviceId() {
        return serviceId;
    }

    /** The first segment of every path of the face, with its slashes: {@code /v1/}. */
    String prefix() {
        return "/" + version + "/";
    }

    /** The botocore service model of this face, bundled as a class-path resource. */
    String modelResource() {
        return modelResource;
    }
}
