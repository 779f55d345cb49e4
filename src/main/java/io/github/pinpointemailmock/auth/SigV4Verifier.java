package io.github.pinpointemailmock.auth;

import io.github.pinpointemailmock.error.AwsErrorType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Verifies a request's Signature Version 4 the way an AWS front end does, in the same order and with the same
 * messages: a missing token, then an unreadable Authorization, the request date and its 5-minute window, the signed
 * headers, the algorithm, the credential scope, the access key, and last the signature itself. Both forms are
 * accepted: the {@code Authorization} header and a presigned query ({@code X-Amz-Signature=...}).
 */
final class SigV4Verifier {

    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    static final String MISSING_TOKEN_MESSAGE = "Missing Authentication Token";
    static final String UNRECOGNIZED_CLIENT_MESSAGE = "The security token included in the request is invalid.";
    static final String SIGNATURE_MISMATCH_MESSAGE = "The request signature we calculated does not match the signature"
            + " you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation"
            + " for details.";

    private static final DateTimeFormatter BASIC_FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern BASIC_DATE = Pattern.compile("\\d{8}T\\d{6}Z");
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final List<String> HEADER_PARAMETERS = List.of("Credential", "Signature", "SignedHeaders");
    private static final List<String> QUERY_PARAMETERS =
            List.of("X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-SignedHeaders", "X-Amz-Date");
    private static final String SECURITY_TOKEN = "X-Amz-Security-Token";
    private static final String CONTENT_SHA256 = "x-amz-content-sha256";

    /** Who signed the request: the access key and the credential scope it signed with. */
    record Verified(String accessKeyId, String date, String region, String service) {
    }

    private final String service;
    private final Function<String, String> secrets;
    private final Clock clock;

    /**
     * @param service the signing name the credential scope must carry ({@code ses} for Pinpoint Email and SES v2)
     * @param secrets the secret key of an access key id, or null for a key the service does not know
     * @param clock   the service's clock, against which the request date is checked
     */
    SigV4Verifier(String service, Function<String, String> secrets, Clock clock) {
        this.service = service;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The signer of the request; a {@link SigV4Exception} when it is not signed, or not signed right. */
    Verified verify(SigV4Request request) {
        String authorization = request.header("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            return verifyHeader(request, authorization.trim());
        }
        Map<String, String> query = firstValues(request.rawQuery());
        if (query.containsKey("X-Amz-Algorithm") || query.containsKey("X-Amz-Credential")
                || query.containsKey("X-Amz-Signature")) {
            return verifyQuery(request, query);
        }
        throw new SigV4Exception(AwsErrorType.MISSING_AUTHENTICATION_TOKEN, MISSING_TOKEN_MESSAGE);
    }

    private Verified verifyHeader(SigV4Request request, String authorization) {
        String[] algorithmAndRest = authorization.split("\\s+", 2);
        String algorithm = algorithmAndRest[0];
        Map<String, String> parameters = new LinkedHashMap<>();
        if (algorithmAndRest.length > 1) {
            for (String piece : algorithmAndRest[1].split("[,\\s]+")) {
                if (piece.isEmpty()) {
                    continue;
                }
                int equals = piece.indexOf('=');
                if (equals < 0) {
                    throw incomplete("'" + piece + "' not a valid key=value pair (missing equal-sign) in "
                            + "Authorization header: '" + authorization + "'.");
                }
                parameters.putIfAbsent(piece.substring(0, equals), piece.substring(equals + 1));
            }
        }
        String amzDate = request.header("X-Amz-Date");
        String httpDate = request.header("Date");
        StringBuilder missing = new StringBuilder();
        for (String name : HEADER_PARAMETERS) {
            if (!parameters.containsKey(name)) {
                missing.append("Authorization header requires '").append(name).append("' parameter. ");
            }
        }
        if (amzDate == null && httpDate == null) {
            missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        if (!missing.isEmpty()) {
            throw incomplete(missing + "Authorization=" + authorization);
        }

        Instant now = now();
        Instant requestTime = amzDate != null ? basicDate(amzDate) : httpDate(httpDate);
        checkWithinSkew(requestTime, now);
        List<String> signedHeaders = signedHeaders(parameters.get("SignedHeaders"));
        checkAlgorithm(algorithm);
        return verifySignature(request, parameters.get("Credential"), signedHeaders, parameters.get("SignedHeaders"),
                parameters.get("Signature"), requestTime, request.header(SECURITY_TOKEN), false);
    }

    private Verified verifyQuery(SigV4Request request, Map<String, String> query) {
        if (!query.keySet().containsAll(QUERY_PARAMETERS)) {
            throw incomplete("AWS query-string parameters must include 'X-Amz-Algorithm', 'X-Amz-Credential', "
                    + "'X-Amz-Signature', 'X-Amz-SignedHeaders', 'X-Amz-Date'. Re-examine the query-string "
                    + "parameters.");
        }
        Instant now = now();
        Instant requestTime = basicDate(query.get("X-Amz-Date"));
        String expires = query.get("X-Amz-Expires");
        if (expires == null) {
            checkWithinSkew(requestTime, now);
        } else {
            long seconds;
            try {
                seconds = Long.parseLong(expires);
            } catch (NumberFormatException e) {
                throw incomplete("X-Amz-Expires should be a number");
            }
            checkNotInFuture(requestTime, now);
            Instant earliest = now.minusSeconds(seconds);
            if (requestTime.isBefore(earliest)) {
                throw invalid("Signature expired: " + format(requestTime) + " is now earlier than "
                        + format(earliest) + " (" + format(now) + " - " + describe(Duration.ofSeconds(seconds)) + ".)");
            }
        }
        String signedHeadersText = query.get("X-Amz-SignedHeaders");
        List<String> signedHeaders = signedHeaders(signedHeadersText);
        checkAlgorithm(query.get("X-Amz-Algorithm"));
        return verifySignature(request, query.get("X-Amz-Credential"), signedHeaders, signedHeadersText,
                query.get("X-Amz-Signature"), requestTime, query.get(SECURITY_TOKEN), true);
    }

    private Verified verifySignature(SigV4Request request, String credential, List<String> signedHeaders,
                                     String signedHeadersText, String signature, Instant requestTime,
                                     String securityToken, boolean presigned) {
        String[] scope = credential.split("/", -1);
        if (scope.length != 5) {
            throw incomplete("Credential must have exactly 5 slash-delimited elements, "
                    + "e.g. keyid/date/region/service/term, got '" + credential + "'");
        }
        String accessKeyId = scope[0];
        String date = scope[1];
        String region = scope[2];
        String scopeService = scope[3];
        String terminator = scope[4];
        String timestamp = format(requestTime);
        List<String> scopeErrors = new ArrayList<>();
        if (region.isEmpty()) {
            scopeErrors.add("Credential should be scoped to a valid region, not '" + region + "'.");
        }
        if (!service.equals(scopeService)) {
            scopeErrors.add("Credential should be scoped to correct service: '" + service + "'.");
        }
        if (!SigV4.TERMINATOR.equals(terminator)) {
            scopeErrors.add("Credential should be scoped with a valid terminator: '" + SigV4.TERMINATOR + "', not '"
                    + terminator + "'.");
        }
        if (!timestamp.startsWith(date) || date.length() != 8) {
            scopeErrors.add("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                    + date + "' != '" + timestamp.substring(0, 8) + "', from '" + timestamp + "'.");
        }
        if (!scopeErrors.isEmpty()) {
            throw invalid(String.join(" ", scopeErrors));
        }

        String secret = accessKeyId.isEmpty() ? null : secrets.apply(accessKeyId);
        if (secret == null || securityToken != null) {
            // The configured keys are long-term keys: a session token belongs to none of them.
            throw new SigV4Exception(AwsErrorType.UNRECOGNIZED_CLIENT, UNRECOGNIZED_CLIENT_MESSAGE);
        }

        String canonicalRequest = SigV4.canonicalRequest(request.method(), SigV4.canonicalUri(request.rawPath()),
                SigV4.canonicalQuery(request.rawQuery(), presigned),
                SigV4.canonicalHeaders(signedHeaders, request::headers), signedHeadersText, payloadHash(request));
        String stringToSign = SigV4.stringToSign(timestamp,
                String.join("/", date, region, scopeService, terminator), canonicalRequest);
        String expected = SigV4.signature(SigV4.signingKey(secret, date, region, scopeService), stringToSign);
        if (!SigV4.sameSignature(expected, signature)) {
            throw invalid(SIGNATURE_MISMATCH_MESSAGE + "\n\nThe Canonical String for this request should have been\n'"
                    + canonicalRequest + "'\n\nThe String-to-Sign should have been\n'" + stringToSign + "'\n");
        }
        return new Verified(accessKeyId, date, region, scopeService);
    }

    /**
     * The hash the canonical request ends with: the {@code x-amz-content-sha256} header when the client sent one,
     * else the SHA-256 of the body. A header that names a hash must be the body's.
     */
    private static String payloadHash(SigV4Request request) {
        String declared = request.header(CONTENT_SHA256);
        byte[] body = request.body();
        if (declared != null) {
            declared = declared.trim();
            if (body != null && HEX_SHA256.matcher(declared).matches()
                    && !declared.equalsIgnoreCase(SigV4.sha256Hex(body))) {
                throw invalid("The provided 'x-amz-content-sha256' header does not match what was computed.");
            }
            return declared;
        }
        if (body == null) {
            throw new IllegalStateException("The request body was not kept, so its hash cannot be computed");
        }
        return SigV4.sha256Hex(body);
    }

    private static List<String> signedHeaders(String signedHeaders) {
        List<String> names = Arrays.stream(signedHeaders.split(";")).filter(name -> !name.isEmpty()).toList();
        if (names.stream().noneMatch(name -> name.equalsIgnoreCase("host"))) {
            throw invalid("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        return names;
    }

    private static void checkAlgorithm(String algorithm) {
        if (!SigV4.ALGORITHM.equals(algorithm)) {
            throw incomplete("Unsupported AWS 'algorithm': '" + algorithm + "' (only " + SigV4.ALGORITHM
                    + " for now).");
        }
    }

    private static void checkWithinSkew(Instant requestTime, Instant now) {
        Instant earliest = now.minus(MAX_SKEW);
        if (requestTime.isBefore(earliest)) {
            throw invalid("Signature expired: " + format(requestTime) + " is now earlier than " + format(earliest)
                    + " (" + format(now) + " - " + describe(MAX_SKEW) + ".)");
        }
        checkNotInFuture(requestTime, now);
    }

    private static void checkNotInFuture(Instant requestTime, Instant now) {
        Instant latest = now.plus(MAX_SKEW);
        if (requestTime.isAfter(latest)) {
            throw invalid("Signature not yet current: " + format(requestTime) + " is still later than "
                    + format(latest) + " (" + format(now) + " + " + describe(MAX_SKEW) + ".)");
        }
    }

    private static Instant basicDate(String value) {
        if (BASIC_DATE.matcher(value).matches()) {
            try {
                return BASIC_FORMAT.parse(value, Instant::from);
            } catch (DateTimeParseException invalidDate) {
                // Reported below, as AWS does.
            }
        }
        throw notIso8601(value);
    }

    private static Instant httpDate(String value) {
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim(), Instant::from);
        } catch (DateTimeParseException e) {
            throw notIso8601(value);
        }
    }

    private static SigV4Exception notIso8601(String value) {
        return incomplete("Date must be in ISO-8601 'basic format'. Got '" + value
                + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String format(Instant instant) {
        return BASIC_FORMAT.format(instant);
    }

    /** {@code 5 min}, or {@code 90 sec} for a duration that is no whole number of minutes. */
    private static String describe(Duration duration) {
        return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " sec";
    }

    /** The first value of every query parameter, decoded. */
    private static Map<String, String> firstValues(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> parameter : SigV4.queryParameters(rawQuery)) {
            values.putIfAbsent(parameter.getKey(), parameter.getValue());
        }
        return values;
    }

    private static SigV4Exception incomplete(String message) {
        return new SigV4Exception(AwsErrorType.INCOMPLETE_SIGNATURE, message);
    }

    private static SigV4Exception invalid(String message) {
        return new SigV4Exception(AwsErrorType.INVALID_SIGNATURE, message);
    }
}
