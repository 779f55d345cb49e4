package io.github.pinpointemailmock.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's control plane ({@code /_mock}) from a test: reset, fault rules, captured mail and events, over plain
 * HTTP, so a test needs neither Spring nor the AWS SDK to look at what its code did.
 *
 * <p>The {@link PinpointEmailMockExtension} hands one to any test method or constructor that asks for it; for an
 * emulator started some other way (a container, {@code java -jar}), {@link #at(URI)} makes one. Answers are small
 * records with the fields tests read most, each with the whole JSON it came from ({@code json()}); a status other than
 * 2xx is an {@link IllegalStateException} with the status and the body.
 */
public final class PinpointEmailMock {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A long poll of {@code /_mock/emails} waits at most this long per request; longer waits poll again. */
    private static final Duration MAX_POLL = Duration.ofSeconds(60);

    private final URI endpoint;
    // HTTP/1.1: the emulator serves HTTP/1.1, and an h2c upgrade attempt would only add a round trip.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private PinpointEmailMock(URI endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The control plane of the emulator at {@code endpoint}, e.g. {@code http://localhost:8080}. */
    public static PinpointEmailMock at(URI endpoint) {
        return new PinpointEmailMock(endpoint);
    }

    /** Where the emulator answers: the endpoint to give an AWS SDK client ({@code endpointOverride}). */
    public URI endpoint() {
        return endpoint;
    }

    /** {@code POST /_mock/reset}: every account's resources, captured mail, fault rules and the request log go. */
    public void reset() {
        send("POST", "/_mock/reset", null);
    }

    /** {@code GET /_mock/state}: every resource of every account, as JSON. */
    public JsonNode state() {
        return send("GET", "/_mock/state", null);
    }

    /** {@code GET /_mock/info}: the version and the settings in force. */
    public JsonNode info() {
        return send("GET", "/_mock/info", null);
    }

    /** Fault rules: {@code /_mock/faults}. */
    public Faults faults() {
        return new Faults();
    }

    /** Every captured message; narrow with the filters, then {@link Emails#list()} or {@link Emails#await}. */
    public Emails emails() {
        return new Emails(Map.of());
    }

    /** Every recorded event; narrow with the filters, then {@link Events#list()}. */
    public Events events() {
        return new Events(Map.of());
    }

    @Override
    public String toString() {
        return "PinpointEmailMock at " + endpoint;
    }

    /** Fault rules: make the next calls of an operation fail with a modelled error, or wait, or both. */
    public final class Faults {

        private Faults() {
        }

        /** {@code POST /_mock/faults}: adds the rule and answers its id (for {@link #remove}). */
        public String add(FaultRule rule) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("operation", rule.operation());
            putIfSet(body, "error", rule.error());
            putIfSet(body, "count", rule.count());
            putIfSet(body, "account", rule.account());
            putIfSet(body, "region", rule.region());
            putIfSet(body, "probability", rule.probability());
            putIfSet(body, "latencyMs", rule.latencyMs());
            return member(send("POST", "/_mock/faults", JSON.writeValueAsString(body)), "id");
        }

        /** {@code GET /_mock/faults}: the active rules, each with its {@code id} and {@code remaining} hits. */
        public List<JsonNode> list() {
            return elements(send("GET", "/_mock/faults", null));
        }

        /** {@code DELETE /_mock/faults/{id}}. */
        public void remove(String id) {
            send("DELETE", "/_mock/faults/" + encode(id), null);
        }

        /** {@code DELETE /_mock/faults}: every rule. */
        public void clear() {
            send("DELETE", "/_mock/faults", null);
        }

        private static void putIfSet(Map<String, Object> body, String name, Object value) {
            if (value != null) {
                body.put(name, value);
            }
        }
    }

    /**
     * A fault rule, as {@code POST /_mock/faults} takes it: start from {@link #error} or {@link #latency}, then narrow.
     *
     * @param operation   the operation's model name, e.g. {@code CreateConfigurationSet}
     * @param error       an error the operation models, e.g. {@code TooManyRequestsException}, or null
     * @param count       how many calls it hits; null for the emulator's default (1, or without end with a probability)
     * @param account     only calls from this 12-digit account, or null for every account
     * @param region      only calls to this region, or null for every region
     * @param probability the chance, 0 to 1, that a matching call is hit, or null for every matching call
     * @param latencyMs   how long a hit call waits first, or null
     */
    public record FaultRule(String operation, String error, Integer count, String account, String region,
                            Double probability, Long latencyMs) {

        /** The next call of {@code operation} fails with {@code error}. */
        public static FaultRule error(String operation, String error) {
            return new FaultRule(operation, error, null, null, null, null, null);
        }

        /** The next call of {@code operation} waits {@code latency} first. */
        public static FaultRule latency(String operation, Duration latency) {
            return new FaultRule(operation, null, null, null, null, null, latency.toMillis());
        }

        public FaultRule times(int times) {
            return new FaultRule(operation, error, times, account, region, probability, latencyMs);
        }

        public FaultRule account(String onlyAccount) {
            return new FaultRule(operation, error, count, onlyAccount, region, probability, latencyMs);
        }

        public FaultRule region(String onlyRegion) {
            return new FaultRule(operation, error, count, account, onlyRegion, probability, latencyMs);
        }

        public FaultRule probability(double chance) {
            return new FaultRule(operation, error, count, account, region, chance, latencyMs);
        }

        public FaultRule latency(Duration latency) {
            return new FaultRule(operation, error, count, account, region, probability, latency.toMillis());
        }
    }

    /**
     * A query of a control-plane route that takes filters as query parameters ({@code /_mock/emails},
     * {@code /_mock/events}): each filter answers a new query, so one can be kept and narrowed further.
     */
    abstract class Query<Q extends Query<Q>> {

        private final String route;
        private final Map<String, String> filters;

        private Query(String route, Map<String, String> filters) {
            this.route = route;
            this.filters = filters;
        }

        /** The same route with these filters. */
        abstract Q narrowed(Map<String, String> filters);

        final Q filter(String name, String value) {
            Map<String, String> next = new LinkedHashMap<>(filters);
            next.put(name, Objects.requireNonNull(value, name));
            return narrowed(Collections.unmodifiableMap(next));
        }

        /** {@code method} on the route with the filters, and these parameters besides. */
        final JsonNode call(String method, Map<String, String> extra) {
            Map<String, String> params = new LinkedHashMap<>(filters);
            params.putAll(extra);
            return send(method, route + query(params), null);
        }

        /** Sent with, or published for a send with, this configuration set. */
        public Q configurationSet(String name) {
            return filter("configurationSet", name);
        }

        /** Of this 12-digit account. */
        public Q account(String account) {
            return filter("account", account);
        }

        public Q region(String region) {
            return filter("region", region);
        }

        /** {@code DELETE} on the route with these filters: answers how many went. */
        public int delete() {
            return call("DELETE", Map.of()).path("deleted").asInt();
        }

        final String described() {
            return filters.isEmpty() ? "" : " matching " + filters;
        }
    }

    /** Captured mail ({@code /_mock/emails}), narrowed by the filters set so far. Newest first. */
    public final class Emails extends Query<Emails> {

        private Emails(Map<String, String> filters) {
            super("/_mock/emails", filters);
        }

        @Override
        Emails narrowed(Map<String, String> filters) {
            return new Emails(filters);
        }

        /** Any recipient (To, Cc or Bcc) is this address, ignoring case. */
        public Emails to(String address) {
            return filter("to", address);
        }

        /** The sender is this address, ignoring case. */
        public Emails from(String address) {
            return filter("from", address);
        }

        /** The subject contains this, ignoring case. */
        public Emails subject(String part) {
            return filter("subject", part);
        }

        /** The message carries this tag. */
        public Emails tag(String name, String value) {
            return filter("tag", name + ":" + value);
        }

        /** Rendered from this stored template. */
        public Emails template(String name) {
            return filter("template", name);
        }

        /** Sent at or after this instant. */
        public Emails since(Instant since) {
            return filter("since", since.toString());
        }

        /** The matching messages now, newest first. */
        public List<Email> list() {
            return emails(call("GET", Map.of()));
        }

        /**
         * Waits until {@code count} messages match, and answers them (newest first); an {@link AssertionError} when
         * fewer matched within {@code timeout}. The emulator answers as soon as they are there: no sleeps.
         */
        public List<Email> await(int count, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                Duration poll = left.compareTo(MAX_POLL) > 0 ? MAX_POLL : left;
                Map<String, String> params = new LinkedHashMap<>();
                params.put("wait", poll.toMillis() + "ms");
                params.put("count", Integer.toString(count));
                List<Email> found = emails(call("GET", params));
                if (found.size() >= count) {
                    return found;
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new AssertionError("Expected " + count + " email(s)" + described() + " within "
                            + timeout + ", but " + found.size() + " arrived.");
                }
            }
        }

        /** The newest matching message, if any. */
        public Optional<Email> latest() {
            return emails(call("GET", Map.of("limit", "1"))).stream().findFirst();
        }

        /** The message as SES would deliver it (MIME, {@code /_mock/emails/{id}/raw}). */
        public String raw(String messageId) {
            return sendForText("GET", "/_mock/emails/" + encode(messageId) + "/raw");
        }

        private List<Email> emails(JsonNode answer) {
            return answer.path("emails").values().stream().map(Email::of).toList();
        }
    }

    /**
     * One captured message: the fields tests read most, and the whole of it as {@code /_mock/emails} shows it
     * ({@link #json()}: recipients and their outcomes, headers, attachments, template, ...).
     */
    public record Email(String messageId, String from, List<String> to, List<String> cc, List<String> bcc,
                        String subject, String text, String html, String configurationSet,
                        Map<String, String> tags, JsonNode json) {

        static Email of(JsonNode json) {
            Map<String, String> tags = new LinkedHashMap<>();
            json.path("tags").values().forEach(tag -> tags.put(member(tag, "name"), member(tag, "value")));
            return new Email(member(json, "messageId"), member(json, "from"), strings(json.path("to")),
                    strings(json.path("cc")), strings(json.path("bcc")), member(json, "subject"), member(json, "text"),
                    member(json, "html"), member(json, "configurationSet"), Map.copyOf(tags), json);
        }
    }

    /**
     * Published events ({@code /_mock/events}), narrowed by the filters set so far. Newest first; each event as the
     * emulator shows it, as JSON: {@code eventType}, {@code messageId}, {@code recipient}, {@code destination},
     * {@code delivery}, and {@code event}, the event exactly as SES publishes it.
     */
    public final class Events extends Query<Events> {

        private Events(Map<String, String> filters) {
            super("/_mock/events", filters);
        }

        @Override
        Events narrowed(Map<String, String> filters) {
            return new Events(filters);
        }

        public Events messageId(String messageId) {
            return filter("messageId", messageId);
        }

        /**
         * The event type as SES names it in the event ({@code Bounce}, {@code Rendering Failure}) or as the API does
         * ({@code BOUNCE}, {@code RENDERING_FAILURE}); another name is an {@link IllegalStateException} (400).
         */
        public Events type(String type) {
            return filter("type", type);
        }

        /** The event destination's name. */
        public Events destination(String destination) {
            return filter("destination", destination);
        }

        /** The recipient a per-recipient event (delivery, bounce, complaint, ...) is about, ignoring case. */
        public Events recipient(String address) {
            return filter("recipient", address);
        }

        /** Any other query parameter the route takes. */
        public Events where(String name, String value) {
            return filter(name, value);
        }

        /** The matching events now, newest first. */
        public List<JsonNode> list() {
            return elements(call("GET", Map.of()));
        }
    }

    private JsonNode send(String method, String path, String jsonBody) {
        HttpResponse<String> response = exchange(method, path, jsonBody);
        String body = response.body();
        return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
    }

    private String sendForText(String method, String path) {
        return exchange(method, path, null).body();
    }

    private HttpResponse<String> exchange(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path))
                .timeout(MAX_POLL.plusSeconds(30))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + endpoint.resolve(path) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + path, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    /** An array's elements; for an object, the elements of its first array member. */
    private static List<JsonNode> elements(JsonNode answer) {
        if (answer.isArray()) {
            return List.copyOf(answer.values());
        }
        for (Map.Entry<String, JsonNode> member : answer.properties()) {
            if (member.getValue().isArray()) {
                return List.copyOf(member.getValue().values());
            }
        }
        return List.of();
    }

    private static String query(Map<String, String> params) {
        return params.isEmpty() ? "" : params.entrySet().stream()
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String member(JsonNode node, String name) {
        JsonNode member = node.path(name);
        return member.isMissingNode() || member.isNull() ? null : member.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(value -> values.add(value.asString()));
        return List.copyOf(values);
    }
}
