package io.github.pinpointemailmock.hardening;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The whole store as {@code GET /_mock/state} shows it, every account and region with every resource in full,
 * written canonically so that two snapshots compare as strings.
 *
 * <p>A scope that holds nothing is left out. Any request, even a failed read, puts its account and region "in
 * use" (the store makes the scope on first look-up), so an empty scope appearing is not a change of what is stored.
 *
 * <p>The number of captured messages ({@code GET /_mock/emails}) is part of the snapshot: a refused send must capture
 * nothing.
 */
final class StoreSnapshot {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoreSnapshot() {
    }

    static String take(FuzzTransport http) {
        HttpAnswer answer = http.call("GET", "/_mock/state", null);
        if (answer.status() == null || answer.status() != 200) {
            throw new IllegalStateException("GET /_mock/state answered " + answer.describe());
        }
        HttpAnswer mail = http.call("GET", "/_mock/emails?limit=0", null);
        if (mail.status() == null || mail.status() != 200) {
            throw new IllegalStateException("GET /_mock/emails answered " + mail.describe());
        }
        return canonical(answer.body()) + "\ncaptured mail: " + JSON.readTree(mail.body()).get("total");
    }

    static String canonical(byte[] state) {
        JsonNode scopes = JSON.readTree(state);
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode scope : scopes) {
            boolean holdsSomething = scope.properties().stream()
                    .anyMatch(member -> member.getValue().isArray() && !member.getValue().isEmpty());
            if (holdsSomething) {
                kept.add(scope);
            }
        }
        ArrayNode out = JSON.createArrayNode();
        kept.forEach(out::add);
        return JSON.writeValueAsString(out);
    }
}
