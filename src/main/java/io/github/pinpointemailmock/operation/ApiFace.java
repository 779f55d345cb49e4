package io.github.pinpointemailmock.operation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The two APIs served over one store: Amazon Pinpoint Email ({@code /v1/email}) and its successor SES v2
 * ({@code /v2/email}). Same protocol, same errors, the same resources; SES v2 has more members and operations.
 */
public enum ApiFace {

    PINPOINT_EMAIL("v1", "pinpoint-email", "models/pinpoint-email-2018-07-26.service-2.json"),
    SES_V2("v2", "sesv2", "models/sesv2-2019-09-27.service-2.json");

    private final String version;
    private final String serviceId;
    private final String modelResource;

    ApiFace(String version, String serviceId, String modelResource) {
        this.version = version;
        this.serviceId = serviceId;
        this.modelResource = modelResource;
    }

    /**
     * The face of the operation the request was mapped to, from the pattern Spring matched ({@code /v2/email/...}):
     * every operation is mapped under literal face paths. Never from the raw URI, so an escaped {@code /%76%32/...}
     * is the face it was matched as. Empty before handler mapping, or for a handler that is no AWS operation.
     */
    public static Optional<ApiFace> of(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? Optional.empty() : ofPath(pattern.toString());
    }

    /** The face whose paths {@code path} belongs to by its first segment ({@code /v1/...}), if any. */
    public static Optional<ApiFace> ofPath(String path) {
        for (ApiFace face : values()) {
            if (path.startsWith(face.prefix())) {
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
