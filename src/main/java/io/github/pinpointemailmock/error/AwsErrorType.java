package io.github.pinpointemailmock.error;

import org.springframework.http.HttpStatus;

/**
 * Every error this emulator can answer with: those the Pinpoint Email and SES v2 models declare for the operations
 * it serves, the
 * authentication errors and the protocol-level ones the AWS front end produces before an operation runs. The name is what goes into the
 * {@code x-amzn-ErrorType} header, so it must equal the modelled shape name exactly: the Java SDK maps it to a
 * typed exception only on an exact match.
 */
public enum AwsErrorType {

    ALREADY_EXISTS("AlreadyExistsException", HttpStatus.BAD_REQUEST,
            "The resource specified in your request already exists."),
    BAD_REQUEST("BadRequestException", HttpStatus.BAD_REQUEST,
            "The input you provided is invalid."),
    CONFLICT("ConflictException", HttpStatus.CONFLICT,
            "If there is already an ongoing account details update under review."),
    CONCURRENT_MODIFICATION("ConcurrentModificationException", HttpStatus.INTERNAL_SERVER_ERROR,
            "The resource is being modified by another operation or thread."),
    INVALID_NEXT_TOKEN("InvalidNextTokenException", HttpStatus.BAD_REQUEST,
            "The specified request includes an invalid or expired token."),
    LIMIT_EXCEEDED("LimitExceededException", HttpStatus.BAD_REQUEST,
            "There are too many instances of the specified resource type."),
    NOT_FOUND("NotFoundException", HttpStatus.NOT_FOUND,
            "The resource you attempted to access doesn't exist."),
    MESSAGE_REJECTED("MessageRejected", HttpStatus.BAD_REQUEST,
            "The message can't be sent because it contains invalid content."),
    SENDING_PAUSED("SendingPausedException", HttpStatus.BAD_REQUEST,
            "The message can't be sent because the account's ability to send email is currently paused."),
    MAIL_FROM_DOMAIN_NOT_VERIFIED("MailFromDomainNotVerifiedException", HttpStatus.BAD_REQUEST,
            "The message can't be sent because the sending domain isn't verified."),
    ACCOUNT_SUSPENDED("AccountSuspendedException", HttpStatus.BAD_REQUEST,
            "The message can't be sent because the account's ability to send email has been permanently restricted."),
    TOO_MANY_REQUESTS("TooManyRequestsException", HttpStatus.TOO_MANY_REQUESTS,
            "Too many requests have been made to the operation."),

    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", HttpStatus.FORBIDDEN,
            "Missing Authentication Token"),
    UNRECOGNIZED_CLIENT("UnrecognizedClientException", HttpStatus.FORBIDDEN,
            "The security token included in the request is invalid."),
    INCOMPLETE_SIGNATURE("IncompleteSignatureException", HttpStatus.FORBIDDEN,
            "The request signature does not conform to AWS standards."),
    INVALID_SIGNATURE("InvalidSignatureException", HttpStatus.FORBIDDEN,
            "The request signature we calculated does not match the signature you provided."),

    SERIALIZATION("SerializationException", HttpStatus.BAD_REQUEST,
            "The request body could not be deserialized."),
    UNKNOWN_OPERATION("UnknownOperationException", HttpStatus.NOT_FOUND,
            "No operation is served at this path."),
    METHOD_NOT_ALLOWED("MethodNotAllowedException", HttpStatus.METHOD_NOT_ALLOWED,
            "The HTTP method is not allowed for this path."),
    REQUEST_ENTITY_TOO_LARGE("RequestEntityTooLargeException", HttpStatus.CONTENT_TOO_LARGE,
            "The request is too large."),
    UNSUPPORTED_MEDIA_TYPE("UnsupportedMediaTypeException", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "The request Content-Type is not supported; send application/json."),
    INTERNAL_FAILURE("InternalFailure", HttpStatus.INTERNAL_SERVER_ERROR,
            "The request processing has failed because of an unknown error."),
    SERVICE_UNAVAILABLE("ServiceUnavailable", HttpStatus.SERVICE_UNAVAILABLE,
            "The request has failed due to a temporary failure of the server.");

    private final String errorName;
    private final HttpStatus status;
    private final String defaultMessage;

    AwsErrorType(String errorName, HttpStatus status, String defaultMessage) {
        this.errorName = errorName;
        this.status = status;
        this.defaultMessage = defaultMessage;
    }

    /** The modelled shape name, as sent in {@code x-amzn-ErrorType}. */
    public String errorName() {
        return errorName;
    }

    public HttpStatus status() {
        return status;
    }

    /** The model's documentation of the error, used when nothing more specific can be said. */
    public String defaultMessage() {
        return defaultMessage;
    }

    /**
     * The error that best describes a bare HTTP status raised outside our handlers (by the servlet container or
     * a filter), where only the status is known.
     */
    public static AwsErrorType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 404 -> UNKNOWN_OPERATION;
            case 405 -> METHOD_NOT_ALLOWED;
            case 413 -> REQUEST_ENTITY_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            // Jetty's answer to an HTTP version it does not speak: the client's doing, not a failure of ours.
            case 505 -> BAD_REQUEST;
            default -> status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL_FAILURE;
        };
    }
}
