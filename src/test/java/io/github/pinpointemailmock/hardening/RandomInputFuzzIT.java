package io.github.pinpointemailmock.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Throws thousands of generated requests at the running emulator over real HTTP (see {@link FuzzInputs} for what
 * is generated) and checks every answer against {@link AnswerRules}: a 200 or a documented 4xx, never a 5xx (no
 * fault rules are set), JSON unless HEAD, an error type and a non-empty message on errors, a request id always,
 * never HTML. Answers that show a bug already found and not yet fixed are counted, not failed, unless
 * {@code -Dhardening.strict=true} (see {@link KnownFindings}).
 *
 * <p>And the store changes only on a 200: after <em>every</em> try, the whole store is read back through
 * {@code GET /_mock/state} and compared with the snapshot taken after the previous try; any answer but a 200 to a
 * non-read method must leave it as it was (a GET or HEAD must leave it as it was whatever it answers).
 *
 * <p>The emulator runs in a context of its own ({@code mock.default-account} set), so the resets and junk of this
 * test touch no other test's state. The seed is printed and put in every failure; replay a run with
 * {@code -Dhardening.seed=<seed>}, and scale the number of tries with {@code -Dhardening.fuzz.scale=<factor>}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mock.default-account=" + FuzzInputs.ACCOUNT)
class RandomInputFuzzIT {

    private static final long SEED = Long.getLong("hardening.seed", new SecureRandom().nextLong());
    private static final double SCALE = Double.parseDouble(System.getProperty("hardening.fuzz.scale", "1"));
    /** Resets and re-seeds the store this often, so that what the generators name keeps existing and not. */
    private static final int RESEED_EVERY = 250;
    private static final int MAX_REPORTED = 15;
    private static final long SLOW_MILLIS = 2_000;
    /** A stalled server must not turn into an hour of 15 s time-outs: the family stops after this many slow tries. */
    private static final int MAX_SLOW = 3;

    @LocalServerPort
    int port;

    private FuzzTransport http;

    @BeforeEach
    void resetAndSeed() {
        http = new FuzzTransport(port);
        reseed();
    }

    @Test
    void mutatedBodiesOfTheBodyCarryingOperations() {
        fuzz("mutated bodies", 2200, FuzzInputs::mutatedBody);
    }

    @Test
    void randomMethodsAndPathsUnderBothFaces() {
        fuzz("methods and paths", 1300, FuzzInputs::randomMethodAndPath);
    }

    @Test
    void junkHeadersAndContentTypes() {
        fuzz("headers", 800, FuzzInputs::headerJunk);
    }

    @Test
    void goodAndBrokenSendsOfSimpleRawAndTemplatedMail() {
        fuzz("sends", 700, FuzzInputs::send);
    }

    @Test
    void httpThatNoClientLibrarySends() {
        fuzz("raw http", 500, FuzzInputs::rawBytes);
    }

    private void fuzz(String family, int baseTries, Function<FuzzInputs, FuzzRequest> generator) {
        Run run = new Run(family, Math.max(1, (int) Math.round(baseTries * SCALE)));
        FuzzInputs inputs = new FuzzInputs(new Random(SEED ^ family.hashCode()));
        long started = System.nanoTime();
        String before = StoreSnapshot.take(http);
        for (int i = 0; i < run.tries; i++) {
            if (i > 0 && i % RESEED_EVERY == 0) {
                reseed();
                before = StoreSnapshot.take(http);
            }
            FuzzRequest request = generator.apply(inputs);
            Sent sent = send(run, i, request);
            HttpAnswer answer = sent.answer();
            run.outcomes.merge(AnswerRules.outcome(answer), 1, Integer::sum);
            KnownFindings.shownBy(request, answer).ifPresent(finding -> run.known.merge(finding, 1, Integer::sum));
            List<String> broken = new ArrayList<>(AnswerRules.violations(request, answer));
            String after = StoreSnapshot.take(http);
            boolean mayChange = sent.resent() || answer.status() != null && answer.status() == 200
                    && !request.isRead();
            if (!mayChange && !after.equals(before)) {
                broken.add("the store changed on a " + AnswerRules.outcome(answer) + " to " + request.method()
                        + ": " + difference(before, after));
            }
            before = after;
            run.record(i, request, answer, broken);
        }
        System.out.printf("[hardening] fuzz %-17s seed=%d tries=%d time=%dms failed=%d client-retries=%d "
                + "known-findings=%s outcomes=%s%n", family, SEED, run.tries, (System.nanoTime() - started) / 1_000_000,
                run.failed, run.clientRetries, run.known, run.outcomes);
        assertThat(run.failures)
                .as("%d of %d %s tries broke the rules (replay with -Dhardening.seed=%d); the first ones:%n%s",
                        run.failed, run.tries, family, SEED, String.join("\n\n", run.failures))
                .isEmpty();
    }

    private record Sent(HttpAnswer answer, boolean resent) {
    }

    /**
     * Sends the request, timing it: a slow try is printed, and too many of them end the run (a stalled server must
     * not become an hour of 15 s time-outs). When the JDK client gets no answer, the same bytes go again over a
     * fresh socket: that client now and then fails on a pooled connection with an NPE of its own ("bb is null")
     * although the server's answers on such a connection, replayed by hand, are well-formed. Whether the first
     * attempt reached the store is then unknown, so the caller skips that try's store comparison.
     */
    private Sent send(Run run, int i, FuzzRequest request) {
        long sentAt = System.nanoTime();
        HttpAnswer answer = http.send(request);
        long tookMillis = (System.nanoTime() - sentAt) / 1_000_000;
        if (tookMillis > SLOW_MILLIS) {
            System.out.printf("[hardening] slow try %d of %s (%d ms): %s%n  -> %s%n", i, run.family, tookMillis,
                    request.describe(), answer.describe());
            assertThat(++run.slow).as("more than %d tries of %s took over %d ms each (seed %d); the last: %s",
                    MAX_SLOW, run.family, SLOW_MILLIS, SEED, request.describe()).isLessThanOrEqualTo(MAX_SLOW);
        }
        if (answer.status() != null || request.raw()) {
            return new Sent(answer, false);
        }
        HttpAnswer resent = http.send(request.asRaw());
        if (++run.clientRetries <= 3) {
            System.out.printf("[hardening] client retry at try %d of %s (%s): %s%n  -> over a socket: %s%n",
                    i, run.family, answer.failure(), request.describe(), resent.describe());
        }
        return new Sent(resent, true);
    }

    /** What one family's run has seen so far. */
    private static final class Run {

        final String family;
        final int tries;
        final Map<String, Integer> outcomes = new TreeMap<>();
        final Map<KnownFindings, Integer> known = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        int failed;
        int clientRetries;
        int slow;
        FuzzRequest previous;

        Run(String family, int tries) {
            this.family = family;
            this.tries = tries;
        }

        void record(int i, FuzzRequest request, HttpAnswer answer, List<String> broken) {
            if (!broken.isEmpty()) {
                failed++;
                if (failures.size() < MAX_REPORTED) {
                    failures.add("try " + i + ": " + broken + "\n  request: " + request.describe()
                            + "\n  answer: " + answer.describe()
                            + (previous == null ? "" : "\n  after try " + (i - 1) + ": " + previous.describe()));
                }
            }
            previous = request;
        }
    }

    /**
     * Empties the store and creates what the generators refer to: a pool, identities (fuzz.example.com verifies the
     * senders), a configuration set and a template for the sends.
     */
    private void reseed() {
        assertThat(http.call("POST", "/_mock/reset", null).status()).isEqualTo(204);
        expect200("POST", "/v2/email/dedicated-ip-pools", "{\"PoolName\": \"fuzz-pool\"}");
        expect200("POST", "/v2/email/identities", "{\"EmailIdentity\": \"fuzz.example.com\"}");
        expect200("POST", "/v2/email/identities", "{\"EmailIdentity\": \"someone@fuzz.example.com\"}");
        expect200("POST", "/v2/email/configuration-sets", """
                {"ConfigurationSetName": "fuzz-set",
                 "TrackingOptions": {"CustomRedirectDomain": "fuzz.example.com"},
                 "DeliveryOptions": {"TlsPolicy": "REQUIRE", "SendingPoolName": "fuzz-pool"},
                 "Tags": [{"Key": "team", "Value": "mail"}]}""");
        expect200("POST", "/v2/email/templates", "{\"TemplateName\": \"" + FuzzInputs.SEND_TEMPLATE + "\","
                + " \"TemplateContent\": {\"Subject\": \"Hi {{name}}\", \"Text\": \"Dear {{name}}\"}}");
    }

    private void expect200(String method, String path, String json) {
        HttpAnswer answer = http.call(method, path, json);
        assertThat(answer.status()).as("%s %s: %s", method, path, answer.describe()).isEqualTo(200);
    }

    private static String difference(String before, String after) {
        int at = 0;
        while (at < before.length() && at < after.length() && before.charAt(at) == after.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 150);
        return "before ..." + before.substring(from, Math.min(before.length(), at + 250)) + "... after ..."
                + after.substring(from, Math.min(after.length(), at + 250)) + "...";
    }
}
