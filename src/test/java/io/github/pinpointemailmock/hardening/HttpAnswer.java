package io.github.pinpointemailmock.hardening;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What came back: status, headers by lower-case name, body bytes. {@code null} status means no answer at all. */
record HttpAnswer(Integer status, Map<String, List<String>> headers, byte[] body, String failure) {

    static HttpAnswer none(String failure) {
        return new HttpAnswer(null, Map.of(), new byte[0], failure);
    }

    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> headerValues(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    String describe() {
        if (status == null) {
            return "no answer: " + failure;
        }
        return status + " " + headers + " body=" + FuzzRequest.printable(body, 400);
    }
}
