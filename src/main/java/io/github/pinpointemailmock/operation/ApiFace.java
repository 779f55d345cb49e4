package io.github.pinpointemailmock.operation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;

/**
 * The two APIs served over one store: Amazon Pinpoint Email ({@code /v1/email}) and its successor SES v2
 * ({@code /v2/email}). Same protocol, same errors, the same resources; SES v2 has more members and operations.
 */
public enum ApiFace {

    PINPOINT_EMAIL("/v1/email", "models/pinpoint-email-2018-07-26.service-2.json"),
    SES_V2("/v2/email", "models/sesv2-2019-09-27.service-2.json");

    private final String pathPrefix;
    private final String modelResource;

    ApiFace(String pathPrefix, String modelResource) {
        this.pathPrefix = pathPrefix;
        this.modelResource = modelResource;
    }

    /** The face a request was made to, from its path. */
    public static Optional<ApiFace> of(HttpServletRequest request) {
        String path = request.getRequestURI();
        return Arrays.stream(values()).filter(face -> path.startsWith(face.pathPrefix + "/")).findFirst();
    }

    /** The botocore service model of this face, bundled as a class-path resource. */
    String modelResource() {
        return modelResource;
    }
}
