package io.github.pinpointemailmock.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.hardening.SetModel.Outcome;
import io.github.pinpointemailmock.support.Concurrently;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many threads mix creates, deletes, puts of delivery and sending options, gets, lists and account resets on a few
 * configuration set names of one account, over real HTTP and both faces. Every operation is recorded with its
 * outcome and its wall-clock interval; afterwards:
 * <ul>
 *   <li>every answer was a success or the operation's documented error (AlreadyExists for a create, NotFound for
 *       the rest, 204 for a reset), and nothing else;</li>
 *   <li>the final store (a list, and a get of each name) has no lost and no phantom sets: a name exists at the end
 *       only if a successful create of it (never a failed one) has no successful delete or reset strictly after it,
 *       and is absent only if every successful create of it may have been followed by one; and its options come
 *       from that create or from a successful put that may have come after it;</li>
 *   <li>the history of each name, final reads included, is linearizable against {@link SetModel}: some order
 *       consistent with real time explains every recorded outcome.</li>
 * </ul>
 * A reset is {@code POST /_mock/reset?account=}; if the emulator answers it 404 (not built yet), resets are left
 * out of the mix and the test says so. The emulator runs in a context of its own, so that no fault rule or throttle
 * another test leaves behind can reach it. Replay the thread scripts with {@code -Dhardening.seed=<seed>} (the
 * interleaving itself cannot be replayed).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "mock.default-account=" + ConcurrentStoreModelIT.ACCOUNT)
class ConcurrentStoreModelIT {

    /** The account every call uses; also the default account of a context of this test's own. */
    static final String ACCOUNT = "737373737373";
    private static final long SEED = Long.getLong("hardening.seed", new SecureRandom().nextLong());
    private static final List<String> NAMES = List.of("model-0", "model-1", "model-2", "model-3");
    private static final int THREADS = 16;
    private static final int OPS_PER_THREAD = 100;
    private static final int ROUNDS = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicInteger ids = new AtomicInteger();
    private boolean resetsServed = true;

    enum Kind { CREATE, DELETE, PUT_DELIVERY, PUT_SENDING, GET, LIST, RESET }

    /** One recorded operation. {@code key} is null for list and reset, which concern every name. */
    record Recorded(int thread, int seq, Kind kind, String key, String face, int id, String tls, Long max,
                    Boolean sending, long call, long ret, Outcome outcome, SetModel observed, Set<String> listed,
                    String unexpected) {

        String label() {
            return "t" + thread + "#" + seq + " " + kind + (key == null ? "" : " " + key) + " " + face
                    + (kind == Kind.CREATE ? " id=" + id : "") + (tls == null ? "" : " tls=" + tls)
                    + (max == null ? "" : " max=" + max) + (sending == null ? "" : " sending=" + sending) + " -> "
                    + (unexpected != null ? unexpected : kind == Kind.LIST ? "listed " + listed
                    : kind == Kind.RESET ? "204" : outcome + (observed == null ? "" : " " + observed));
        }

        boolean ok() {
            return unexpected == null && outcome == Outcome.OK;
        }
    }

    @Test
    void concurrentCreatesDeletesPutsListsAndResetsMatchASequentialModel() throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        long started = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            List<Recorded> history = runRound(round);
            history.forEach(op -> counts.merge(op.kind() + " " + (op.unexpected() != null ? "UNEXPECTED"
                    : op.kind() == Kind.LIST || op.kind() == Kind.RESET ? "OK" : op.outcome()), 1, Integer::sum));
            verify(round, history);
        }
        System.out.printf("[hardening] model seed=%d rounds=%d threads=%d ops=%d time=%dms resets=%s outcomes=%s%n",
                SEED, ROUNDS, THREADS, counts.values().stream().mapToInt(Integer::intValue).sum(),
                (System.nanoTime() - started) / 1_000_000, resetsServed ? "served" : "SKIPPED (404)", counts);
    }

    private List<Recorded> runRound(int round) throws Exception {
        startFromEmpty();
        List<List<Recorded>> perThread = Concurrently.run(THREADS, thread -> {
            Random random = new Random(SEED + 1000L * round + thread);
            List<Recorded> recorded = new ArrayList<>();
            for (int seq = 0; seq < OPS_PER_THREAD; seq++) {
                recorded.add(randomOperation(random, thread, seq));
            }
            return recorded;
        });
        List<Recorded> history = new ArrayList<>();
        perThread.forEach(history::addAll);
        // The final reads, after every thread is done: part of the history like any other operation.
        history.add(list(THREADS, 0, "/v2"));
        for (int i = 0; i < NAMES.size(); i++) {
            history.add(get(THREADS, 1 + i, NAMES.get(i)));
        }
        return history;
    }

    private Recorded randomOperation(Random random, int thread, int seq) {
        String key = NAMES.get(random.nextInt(NAMES.size()));
        String face = random.nextInt(10) < 7 ? "/v2" : "/v1";
        int roll = random.nextInt(100);
        if (roll < 22) {
            return create(thread, seq, key, face, random.nextBoolean() ? "REQUIRE" : "OPTIONAL", random.nextBoolean());
        } else if (roll < 36) {
            return timed(thread, seq, Kind.DELETE, key, face, 0, null, null, null,
                    () -> send("DELETE", face + "/email/configuration-sets/" + key, null), Outcome.NOT_FOUND);
        } else if (roll < 51) {
            int id = ids.incrementAndGet();
            String tls = random.nextBoolean() ? "REQUIRE" : "OPTIONAL";
            Long max = face.equals("/v2") ? (long) maxDeliverySeconds(id) : null;
            String body = "{\"TlsPolicy\": \"" + tls + "\"" + (max == null ? "" : ", \"MaxDeliverySeconds\": " + max)
                    + "}";
            return timed(thread, seq, Kind.PUT_DELIVERY, key, face, id, tls, max, null,
                    () -> send("PUT", face + "/email/configuration-sets/" + key + "/delivery-options", body),
                    Outcome.NOT_FOUND);
        } else if (roll < 63) {
            boolean sending = random.nextBoolean();
            return timed(thread, seq, Kind.PUT_SENDING, key, face, 0, null, null, sending,
                    () -> send("PUT", face + "/email/configuration-sets/" + key + "/sending",
                            "{\"SendingEnabled\": " + sending + "}"), Outcome.NOT_FOUND);
        } else if (roll < 83) {
            return get(thread, seq, key);
        } else if (roll < 94) {
            return list(thread, seq, face);
        } else if (roll < 95 && resetsServed) {
            return reset(thread, seq);
        } else {
            return get(thread, seq, key);
        }
    }

    // ------------------------------------------------------------------------------------------- operations

    private Recorded create(int thread, int seq, String key, String face, String tls, boolean sending) {
        int id = ids.incrementAndGet();
        Long max = face.equals("/v2") ? (long) maxDeliverySeconds(id) : null;
        String body = "{\"ConfigurationSetName\": \"" + key + "\", \"ReputationOptions\": {\"LastFreshStart\": "
                + lastFreshStart(id) + "}, \"DeliveryOptions\": {\"TlsPolicy\": \"" + tls
                + "\", \"MaxDeliverySeconds\": " + maxDeliverySeconds(id) + "}, \"SendingOptions\": "
                + "{\"SendingEnabled\": " + sending + "}}";
        return timed(thread, seq, Kind.CREATE, key, face, id, tls, max, sending,
                () -> send("POST", face + "/email/configuration-sets", body), Outcome.ALREADY_EXISTS);
    }

    private Recorded get(int thread, int seq, String key) {
        long call = System.nanoTime();
        Answer answer = send("GET", "/v2/email/configuration-sets/" + key, null);
        long ret = System.nanoTime();
        if (answer.status() == 200) {
            try {
                JsonNode set = JSON.readTree(answer.body());
                JsonNode delivery = set.path("DeliveryOptions");
                SetModel observed = new SetModel(true,
                        createIdOf(set.path("ReputationOptions").path("LastFreshStart")),
                        delivery.path("TlsPolicy").isMissingNode() ? null : delivery.path("TlsPolicy").asString(),
                        delivery.path("MaxDeliverySeconds").isMissingNode() ? null
                                : delivery.path("MaxDeliverySeconds").asLong(),
                        set.path("SendingOptions").path("SendingEnabled").isMissingNode() ? null
                                : set.path("SendingOptions").path("SendingEnabled").asBoolean());
                if (!key.equals(set.path("ConfigurationSetName").asString())) {
                    return unexpected(thread, seq, Kind.GET, key, "/v2", call, ret, answer, "another set's name");
                }
                return new Recorded(thread, seq, Kind.GET, key, "/v2", 0, null, null, null, call, ret, Outcome.OK,
                        observed, null, null);
            } catch (RuntimeException unreadable) {
                return unexpected(thread, seq, Kind.GET, key, "/v2", call, ret, answer, unreadable.toString());
            }
        }
        if (answer.isError(404, "NotFoundException")) {
            return new Recorded(thread, seq, Kind.GET, key, "/v2", 0, null, null, null, call, ret,
                    Outcome.NOT_FOUND, null, null, null);
        }
        return unexpected(thread, seq, Kind.GET, key, "/v2", call, ret, answer, null);
    }

    private Recorded list(int thread, int seq, String face) {
        boolean post = face.equals("/v2") && seq % 2 == 0;
        long call = System.nanoTime();
        Answer answer = post ? send("POST", "/v2/email/list-configuration-sets", "{}")
                : send("GET", face + "/email/configuration-sets?PageSize=1000", null);
        long ret = System.nanoTime();
        if (answer.status() == 200) {
            try {
                JsonNode body = JSON.readTree(answer.body());
                Set<String> names = new TreeSet<>();
                body.path("ConfigurationSets").forEach(name -> names.add(name.asString()));
                if (!body.path("NextToken").isMissingNode() || !NAMES.containsAll(names)) {
                    return unexpected(thread, seq, Kind.LIST, null, face, call, ret, answer,
                            "a second page or a name never used");
                }
                return new Recorded(thread, seq, Kind.LIST, null, face, 0, null, null, null, call, ret, Outcome.OK,
                        null, names, null);
            } catch (RuntimeException unreadable) {
                return unexpected(thread, seq, Kind.LIST, null, face, call, ret, answer, unreadable.toString());
            }
        }
        return unexpected(thread, seq, Kind.LIST, null, face, call, ret, answer, null);
    }

    private Recorded reset(int thread, int seq) {
        long call = System.nanoTime();
        Answer answer = send("POST", "/_mock/reset?account=" + ACCOUNT, null);
        long ret = System.nanoTime();
        if (answer.status() == 204) {
            return new Recorded(thread, seq, Kind.RESET, null, "/_mock", 0, null, null, null, call, ret, Outcome.OK,
                    null, null, null);
        }
        return unexpected(thread, seq, Kind.RESET, null, "/_mock", call, ret, answer, null);
    }

    /** Runs a create, delete or put: a 200 is OK, the one documented error is {@code error}, all else unexpected. */
    private Recorded timed(int thread, int seq, Kind kind, String key, String face, int id, String tls, Long max,
                           Boolean sending, Supplier<Answer> call, Outcome error) {
        long start = System.nanoTime();
        Answer answer = call.get();
        long end = System.nanoTime();
        Outcome outcome = null;
        if (answer.status() == 200 && "{}".equals(answer.body())) {
            outcome = Outcome.OK;
        } else if (error == Outcome.ALREADY_EXISTS && answer.isError(400, "AlreadyExistsException")) {
            outcome = Outcome.ALREADY_EXISTS;
        } else if (error == Outcome.NOT_FOUND && answer.isError(404, "NotFoundException")) {
            outcome = Outcome.NOT_FOUND;
        }
        if (outcome == null) {
            return unexpected(thread, seq, kind, key, face, start, end, answer, null);
        }
        return new Recorded(thread, seq, kind, key, face, id, tls, max, sending, start, end, outcome, null, null,
                null);
    }

    private Recorded unexpected(int thread, int seq, Kind kind, String key, String face, long call, long ret,
                                Answer answer, String why) {
        return new Recorded(thread, seq, kind, key, face, 0, null, null, null, call, ret, null, null, null,
                "UNEXPECTED " + answer.status() + " " + answer.errorType() + " " + answer.body()
                        + (why == null ? "" : " (" + why + ")"));
    }

    // --------------------------------------------------------------------------------------------- checking

    private void verify(int round, List<Recorded> history) {
        List<String> problems = new ArrayList<>();
        history.stream().filter(op -> op.unexpected() != null)
                .forEach(op -> problems.add("answer outside the documented ones: " + op.label()));
        for (String key : NAMES) {
            problems.addAll(noLostOrPhantomSet(key, history));
            List<Linearizability.Op<SetModel>> ops = new ArrayList<>();
            for (Recorded op : history) {
                UnaryOperator<SetModel> step = stepFor(op, key);
                if (step != null) {
                    ops.add(new Linearizability.Op<>(op.call(), op.ret(), op.label(), step));
                }
            }
            Linearizability.Result result = Linearizability.check(ops, SetModel.ABSENT);
            if (!result.linearizable()) {
                problems.add(key + ": " + result.explanation());
            }
        }
        assertThat(problems)
                .as("round %d (seed %d) against the sequential model:%n%s", round, SEED, String.join("\n\n", problems))
                .isEmpty();
    }

    /** The model step of an operation for one name, or null when the operation does not concern it. */
    private static UnaryOperator<SetModel> stepFor(Recorded op, String key) {
        if (op.unexpected() != null) {
            return null;
        }
        if (op.kind() == Kind.LIST) {
            return SetModel.listed(op.listed().contains(key));
        }
        if (op.kind() == Kind.RESET) {
            return SetModel.reset();
        }
        if (!key.equals(op.key())) {
            return null;
        }
        return switch (op.kind()) {
            case CREATE -> SetModel.create(op.outcome(), op.id(), op.tls(), op.max(), op.sending());
            case DELETE -> SetModel.delete(op.outcome());
            case PUT_DELIVERY -> SetModel.putDelivery(op.outcome(), op.tls(), op.max(), op.face().equals("/v1"));
            case PUT_SENDING -> SetModel.putSending(op.outcome(), op.sending());
            case GET -> SetModel.get(op.outcome(), op.observed());
            default -> null;
        };
    }

    /**
     * The direct form of "no lost or phantom sets", with a plain message: what the final get saw must come from a
     * successful create that nothing removed strictly afterwards, and a name gone at the end must have had every
     * successful create possibly followed by a successful delete or reset.
     */
    private static List<String> noLostOrPhantomSet(String key, List<Recorded> history) {
        List<String> problems = new ArrayList<>();
        Recorded last = history.stream().filter(op -> op.kind() == Kind.GET && key.equals(op.key()))
                .reduce((first, second) -> second).orElseThrow();
        List<Recorded> creates = history.stream()
                .filter(op -> op.kind() == Kind.CREATE && key.equals(op.key()) && op.ok()).toList();
        List<Recorded> removals = history.stream().filter(op -> op.ok() && (op.kind() == Kind.RESET
                || op.kind() == Kind.DELETE && key.equals(op.key()))).toList();
        if (last.unexpected() != null) {
            return problems;
        }
        if (last.outcome() == Outcome.OK) {
            SetModel seen = last.observed();
            Recorded create = creates.stream().filter(op -> op.id() == seen.createId()).findFirst().orElse(null);
            if (create == null) {
                problems.add(key + ": phantom set: the final get shows create#" + seen.createId()
                        + ", which is no successful create of it");
                return problems;
            }
            removals.stream().filter(removal -> removal.call() > create.ret()).findFirst().ifPresent(removal ->
                    problems.add(key + ": phantom set: " + create.label() + " is still seen, though "
                            + removal.label() + " started after it returned"));
            boolean deliveryExplained = Objects.equals(create.max(), seen.maxDeliverySeconds())
                    || history.stream().anyMatch(op -> op.kind() == Kind.PUT_DELIVERY && op.ok()
                    && key.equals(op.key()) && op.max() != null && op.max().equals(seen.maxDeliverySeconds())
                    && op.ret() > create.call());
            if (!deliveryExplained) {
                problems.add(key + ": MaxDeliverySeconds " + seen.maxDeliverySeconds() + " comes from neither "
                        + create.label() + " nor a successful put after it");
            }
            boolean sendingExplained = Objects.equals(create.sending(), seen.sending())
                    || history.stream().anyMatch(op -> op.kind() == Kind.PUT_SENDING && op.ok()
                    && key.equals(op.key()) && op.sending().equals(seen.sending()) && op.ret() > create.call());
            if (!sendingExplained) {
                problems.add(key + ": SendingEnabled " + seen.sending() + " comes from neither " + create.label()
                        + " nor a successful put after it");
            }
        } else {
            for (Recorded create : creates) {
                boolean removable = removals.stream().anyMatch(removal -> removal.ret() > create.call());
                if (!removable) {
                    problems.add(key + ": lost set: " + create.label() + " succeeded, nothing could have removed it"
                            + ", yet the final get answers NotFound");
                }
            }
        }
        return problems;
    }

    // -------------------------------------------------------------------------------------------------- HTTP

    private void startFromEmpty() {
        Answer reset = send("POST", "/_mock/reset?account=" + ACCOUNT, null);
        if (reset.status() == 204) {
            return;
        }
        assertThat(reset.isError(404, "UnknownOperationException"))
                .as("POST /_mock/reset?account= answered %s %s", reset.status(), reset.body()).isTrue();
        resetsServed = false;
        for (String name : NAMES) {
            Answer deleted = send("DELETE", "/v2/email/configuration-sets/" + name, null);
            assertThat(deleted.status() == 200 || deleted.isError(404, "NotFoundException")).isTrue();
        }
    }

    private record Answer(int status, String errorType, String body) {

        boolean isError(int expectedStatus, String expectedType) {
            return status == expectedStatus && expectedType.equals(errorType) && body.contains("\"message\"");
        }
    }

    private Answer send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + ACCOUNT
                        + "/20260101/us-east-1/ses/aws4_request, SignedHeaders=host, Signature=0")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("x-amzn-ErrorType").orElse(null),
                    response.body());
        } catch (IOException e) {
            return new Answer(-1, null, "transport failure: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, "interrupted");
        }
    }

    private static int maxDeliverySeconds(int id) {
        return 300 + id;
    }

    private static long lastFreshStart(int id) {
        return 1_000_000L + id;
    }

    private static int createIdOf(JsonNode lastFreshStart) {
        return lastFreshStart.isMissingNode() ? -1 : lastFreshStart.decimalValue().intValueExact() - 1_000_000;
    }
}
