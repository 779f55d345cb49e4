package io.github.pinpointemailmock.hardening;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One generated request. {@code target} is the request-target exactly as it goes on the wire (it may hold raw
 * non-ASCII characters, which are sent as UTF-8). {@code raw} forces the hand-written socket transport, for bytes
 * no HTTP client library would send; {@code rawHead} replaces the whole head (request line and headers) when set;
 * {@code endInput} half-closes the socket after the request, for bodies that never end on their own (the server
 * would otherwise wait for the rest).
 */
record FuzzRequest(String kind, String method, String target, List<Map.Entry<String, String>> headers, byte[] body,
                   boolean raw, byte[] rawHead, boolean endInput) {

    FuzzRequest {
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    static FuzzRequest of(String kind, String method, String target, List<Map.Entry<String, String>> headers,
                          byte[] body) {
        return new FuzzRequest(kind, method, target, headers, body, false, null, false);
    }

    FuzzRequest asRaw() {
        return new FuzzRequest(kind, method, target, headers, body, true, rawHead, endInput);
    }

    boolean isHead() {
        return "HEAD".equals(method);
    }

    /** GET and HEAD run read operations only: whatever they answer, the store must not change. */
    boolean isRead() {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** Every Content-Type the request carries, from its headers or from its hand-written head. */
    List<String> contentTypes() {
        if (rawHead == null) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
                    .map(Map.Entry::getValue).toList();
        }
        return new String(rawHead, StandardCharsets.ISO_8859_1).lines()
                .filter(line -> line.regionMatches(true, 0, "Content-Type:", 0, 13))
                .map(line -> line.substring(13).trim()).toList();
    }

    /** The protocol version on the request line (last word of the first line), e.g. {@code HTTP/1.1}. */
    String requestLineVersion() {
        if (rawHead == null) {
            return "HTTP/1.1";
        }
        String line = new String(rawHead, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("").strip();
        return line.substring(line.lastIndexOf(' ') + 1);
    }

    /** A short, printable account of the request for failure messages (bodies cut to 300 bytes, escaped). */
    String describe() {
        StringBuilder out = new StringBuilder();
        out.append('[').append(kind).append(raw ? ", raw" : "").append("] ");
        if (rawHead != null) {
            out.append("head=").append(printable(rawHead, 400));
        } else {
            out.append(printable(method.getBytes(StandardCharsets.UTF_8), 40)).append(' ')
                    .append(printable(target.getBytes(StandardCharsets.UTF_8), 300));
            for (Map.Entry<String, String> header : headers) {
                out.append("\n    ").append(printable(header.getKey().getBytes(StandardCharsets.UTF_8), 60))
                        .append(": ").append(printable(header.getValue().getBytes(StandardCharsets.UTF_8), 200));
            }
        }
        out.append("\n    body(").append(body.length).append(" bytes)=").append(printable(body, 300));
        return out.toString();
    }

    static String printable(byte[] bytes, int max) {
        StringBuilder out = new StringBuilder();
        int n = Math.min(bytes.length, max);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0x20 && b < 0x7f && b != '\\') {
                out.append((char) b);
            } else {
                out.append(String.format(Locale.ROOT, "\\x%02x", b));
            }
        }
        if (bytes.length > max) {
            out.append("...(+").append(bytes.length - max).append(')');
        }
        return out.toString();
    }
}
