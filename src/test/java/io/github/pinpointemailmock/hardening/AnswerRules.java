package io.github.pinpointemailmock.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer of the AWS faces must look like, whatever was asked (README, "Wire format" and "Error types"),
 * when no fault rule is set and throttling is off.
 */
final class AnswerRules {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The error types each status may carry. A status Jetty or Spring raises outside an operation keeps its value,
     * and any 4xx not listed here is named {@code BadRequestException}. 429 is absent: throttling is off. Every 5xx
     * is absent: without fault rules, a 5xx is a bug.
     */
    static final Map<Integer, Set<String>> ERROR_TYPES_BY_STATUS = Map.of(
            400, Set.of("AlreadyExistsException", "BadRequestException", "LimitExceededException",
                    "SerializationException"),
            404, Set.of("NotFoundException", "UnknownOperationException"),
            405, Set.of("MethodNotAllowedException"),
            413, Set.of("RequestEntityTooLargeException"),
            415, Set.of("UnsupportedMediaTypeException"));

    /**
     * The 400 errors {@code SendEmail} and {@code SendBulkEmail} model besides the common ones (both faces' models):
     * a send may be refused for its content, its sender or the account's state.
     */
    static final Set<String> SEND_ERRORS = Set.of("MessageRejected", "MailFromDomainNotVerifiedException",
            "AccountSuspendedException", "SendingPausedException");

    private AnswerRules() {
    }

    /** Every rule the answer breaks; empty when it is a well-formed AWS success or error. */
    static List<String> violations(FuzzRequest request, HttpAnswer answer) {
        List<String> broken = new ArrayList<>();
        if (answer.status() == null) {
            broken.add("no HTTP answer (" + answer.failure() + ")");
            return broken;
        }
        int status = answer.status();
        String contentType = answer.header("Content-Type");
        String errorType = answer.header("x-amzn-ErrorType");
        if (answer.header("x-amzn-RequestId") == null || answer.header("x-amzn-RequestId").isBlank()) {
            broken.add("no x-amzn-RequestId");
        }
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
            broken.add("HTML content type " + contentType);
        }
        String text = answer.bodyText().stripLeading();
        if (text.startsWith("<")) {
            broken.add("body looks like markup");
        }
        if (status >= 500) {
            if (KnownFindings.shownBy(request, answer).isEmpty()) {
                broken.add("5xx answer without any fault rule");
            }
        } else if (status == 200) {
            if (errorType != null) {
                broken.add("200 carrying x-amzn-ErrorType " + errorType);
            }
        } else if (status >= 400) {
            Set<String> allowed = ERROR_TYPES_BY_STATUS.getOrDefault(status, Set.of("BadRequestException"));
            if (status == 400 && isSend(request) && SEND_ERRORS.contains(errorType)) {
                allowed = SEND_ERRORS;
            }
            if (errorType == null) {
                broken.add("error without x-amzn-ErrorType");
            } else if (!allowed.contains(errorType)) {
                broken.add("status " + status + " with undocumented error type " + errorType);
            }
            if (status == 429) {
                broken.add("429 although throttling is off");
            }
        } else {
            broken.add("status " + status + " is neither 200 nor a documented 4xx");
        }
        if (request.isHead()) {
            return broken;
        }
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            broken.add("Content-Type is " + contentType + ", not application/json");
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (RuntimeException notJson) {
            broken.add("body is not JSON: " + notJson.getMessage());
            return broken;
        }
        if (body == null || !body.isObject()) {
            broken.add("body is not a JSON object");
            return broken;
        }
        if (status >= 400) {
            JsonNode message = body.get("message");
            if (message == null || !message.isString() || message.asString().isBlank()) {
                broken.add("error body without a non-empty message");
            }
            JsonNode type = body.get("__type");
            if (type == null || !type.isString() || !type.asString().equals(errorType)) {
                broken.add("error body __type " + type + " differs from x-amzn-ErrorType " + errorType);
            }
        }
        return broken;
    }

    private static boolean isSend(FuzzRequest request) {
        return "POST".equals(request.method()) && request.target().matches("/v[12]/email/outbound-(bulk-)?emails");
    }

    /** A short name for statistics, e.g. {@code 400 SerializationException}. */
    static String outcome(HttpAnswer answer) {
        if (answer.status() == null) {
            return "no answer";
        }
        String type = answer.header("x-amzn-ErrorType");
        return answer.status() + (type == null ? "" : " " + type);
    }
}
