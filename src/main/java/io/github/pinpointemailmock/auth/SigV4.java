package io.github.pinpointemailmock.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pieces of AWS Signature Version 4 as a service computes them from the request it received: canonical URI,
 * query and headers, the canonical request, the string to sign and the derived signing key. Pure functions, so the
 * published test vectors can be run against them directly.
 */
final class SigV4 {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final String TERMINATOR = "aws4_request";
    static final String SIGNATURE_PARAMETER = "X-Amz-Signature";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SigV4() {
    }

    /**
     * The canonical URI of a non-S3 service: the path as sent, with dot segments and empty segments removed, and
     * each segment URI-encoded once more (so {@code %40} signs as {@code %2540}), as the SDKs sign it.
     */
    static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
                continue;
            }
            segments.add(uriEncode(segment));
        }
        StringBuilder uri = new StringBuilder("/").append(String.join("/", segments));
        if (!segments.isEmpty() && rawPath.endsWith("/")) {
            uri.append('/');
        }
        return uri.toString();
    }

    /**
     * The canonical query string from the raw query: every {@code name=value} pair decoded and URI-encoded again,
     * sorted by name and then value. {@code X-Amz-Signature} is left out when {@code withoutSignature} is set, as
     * for a presigned request.
     */
    static String canonicalQuery(String rawQuery, boolean withoutSignature) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (Map.Entry<String, String> pair : queryParameters(rawQuery)) {
            if (withoutSignature && pair.getKey().equals(SIGNATURE_PARAMETER)) {
                continue;
            }
            pairs.add(Map.entry(uriEncode(pair.getKey()), uriEncode(pair.getValue())));
        }
        pairs.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> pair : pairs) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(pair.getKey()).append('=').append(pair.getValue());
        }
        return query.toString();
    }

    /** The decoded {@code name=value} pairs of a raw query string, in order; a name without {@code =} has value "". */
    static List<Map.Entry<String, String>> queryParameters(String rawQuery) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (rawQuery == null) {
            return pairs;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            pairs.add(Map.entry(percentDecode(name), percentDecode(value)));
        }
        return pairs;
    }

    /**
     * The canonical headers block: one {@code name:value} line per signed header, values trimmed with inner
     * whitespace collapsed, repeated headers joined with commas in the order they came.
     */
    static String canonicalHeaders(List<String> signedHeaders, Function<String, List<String>> headerValues) {
        StringBuilder headers = new StringBuilder();
        for (String name : signedHeaders) {
            List<String> values = new ArrayList<>();
            for (String value : headerValues.apply(name)) {
                values.add(WHITESPACE.matcher(value.trim()).replaceAll(" "));
            }
            headers.append(name).append(':').append(String.join(",", values)).append('\n');
        }
        return headers.toString();
    }

    static String canonicalRequest(String method, String canonicalUri, String canonicalQuery, String canonicalHeaders,
                                   String signedHeaders, String payloadHash) {
        return method + '\n' + canonicalUri + '\n' + canonicalQuery + '\n' + canonicalHeaders + '\n'
                + signedHeaders + '\n' + payloadHash;
    }

    static String stringToSign(String requestTime, String credentialScope, String canonicalRequest) {
        return ALGORITHM + '\n' + requestTime + '\n' + credentialScope + '\n'
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /** kSigning = HMAC chain of {@code "AWS4" + secret} over date, region, service and {@code aws4_request}. */
    static byte[] signingKey(String secretKey, String date, String region, String service) {
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        return hmac(key, TERMINATOR);
    }

    static String signature(byte[] signingKey, String stringToSign) {
        return toHex(hmac(signingKey, stringToSign));
    }

    static String sha256Hex(byte[] data) {
        try {
            return toHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Signatures compared in constant time. */
    static boolean sameSignature(String expected, String provided) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                provided.getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 3986 encoding as SigV4 defines it: everything but {@code A-Z a-z 0-9 - _ . ~} as {@code %XY} of UTF-8. */
    static String uriEncode(String value) {
        StringBuilder encoded = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return encoded.toString();
    }

    /**
     * Decodes {@code %XY} escapes as UTF-8. A {@code +} stays a plus (the SDKs send spaces as {@code %20}), and a
     * malformed escape is kept as it is.
     */
    static String percentDecode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        int i = 0;
        while (i < value.length()) {
            int high = i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
            int low = i + 2 < value.length() ? Character.digit(value.charAt(i + 2), 16) : -1;
            if (value.charAt(i) == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 3;
            } else {
                int end = i + Character.charCount(value.codePointAt(i));
                bytes.writeBytes(value.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private static String toHex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
