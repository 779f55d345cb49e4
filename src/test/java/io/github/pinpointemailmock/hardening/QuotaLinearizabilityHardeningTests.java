package io.github.pinpointemailmock.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.store.InsertResult;
import io.github.pinpointemailmock.store.ResourceKind;
import io.github.pinpointemailmock.store.ScopedRepository;
import io.github.pinpointemailmock.support.Concurrently;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The store's quota under concurrency, which the HTTP model test ({@link ConcurrentStoreModelIT}, one name at a
 * time, no quota) cannot see: threads insert, delete and find a few names in one scope whose quota is smaller than
 * the number of names, with resets of the account mixed in, and the whole history (every name together, as the
 * quota couples them) must be linearizable against a set with a limit. In particular, a {@code LIMIT_REACHED} is
 * only allowed where the scope was full at some instant of the call, and no two inserts ever overfill it. Replay the
 * thread scripts with {@code -Dhardening.seed=<seed>}.
 */
class QuotaLinearizabilityHardeningTests {

    private static final long SEED = Long.getLong("hardening.seed", new SecureRandom().nextLong());
    private static final AccountRegion SCOPE = new AccountRegion("121212121212", "eu-west-1");
    private static final List<String> NAMES = List.of("a", "b", "c", "d");
    private static final int LIMIT = 2;
    private static final int ROUNDS = 40;
    private static final int THREADS = 6;
    private static final int OPS_PER_THREAD = 40;

    private record Item(String name) {
    }

    private static final class Items extends ScopedRepository<Item> {

        Items() {
            super(ResourceKind.of("Item", "items", Item::name, "Items", item -> item), LIMIT);
        }
    }

    /** The names present; the model every history must be explained by. */
    private record Present(Set<String> names) {

        static final Present EMPTY = new Present(Set.of());

        Present with(String name) {
            Set<String> more = new TreeSet<>(names);
            more.add(name);
            return new Present(Set.copyOf(more));
        }

        Present without(String name) {
            Set<String> fewer = new TreeSet<>(names);
            fewer.remove(name);
            return new Present(Set.copyOf(fewer));
        }
    }

    private static UnaryOperator<Present> insert(String name, InsertResult result) {
        return state -> switch (result) {
            case INSERTED -> !state.names().contains(name) && state.names().size() < LIMIT ? state.with(name) : null;
            case NAME_TAKEN -> state.names().contains(name) ? state : null;
            case LIMIT_REACHED -> !state.names().contains(name) && state.names().size() >= LIMIT ? state : null;
        };
    }

    private static UnaryOperator<Present> delete(String name, boolean deleted) {
        return state -> state.names().contains(name) == deleted ? state.without(name) : null;
    }

    private static UnaryOperator<Present> find(String name, boolean found) {
        return state -> state.names().contains(name) == found ? state : null;
    }

    @Test
    void insertsDeletesFindsAndResetsAroundTheQuotaAreLinearizable() throws Exception {
        int limitReached = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Items items = new Items();
            long seed = SEED + round;
            List<List<Linearizability.Op<Present>>> perThread = Concurrently.run(THREADS, thread -> {
                Random random = new Random(seed * 31 + thread);
                List<Linearizability.Op<Present>> ops = new ArrayList<>();
                for (int i = 0; i < OPS_PER_THREAD; i++) {
                    ops.add(randomOperation(items, random, "t" + thread + "#" + i));
                }
                return ops;
            });
            List<Linearizability.Op<Present>> history = new ArrayList<>();
            perThread.forEach(history::addAll);
            limitReached += (int) history.stream().filter(op -> op.label().endsWith("LIMIT_REACHED")).count();

            Linearizability.Result result = Linearizability.check(history, Present.EMPTY);

            assertThat(result.linearizable()).as("seed %d round %d: %s", SEED, round, result.explanation()).isTrue();
        }
        System.out.printf("[hardening] quota seed=%d rounds=%d ops=%d limit-reached=%d%n", SEED, ROUNDS,
                ROUNDS * THREADS * OPS_PER_THREAD, limitReached);
        assertThat(limitReached).as("the quota was reached at all").isPositive();
    }

    private static Linearizability.Op<Present> randomOperation(Items items, Random random, String label) {
        String name = NAMES.get(random.nextInt(NAMES.size()));
        int kind = random.nextInt(20);
        long call = System.nanoTime();
        if (kind < 9) {
            InsertResult result = items.tryInsert(SCOPE, new Item(name));
            return new Linearizability.Op<>(call, System.nanoTime(), label + " insert " + name + " " + result,
                    insert(name, result));
        }
        if (kind < 15) {
            boolean deleted = true;
            try {
                items.delete(SCOPE, name);
            } catch (AwsException notFound) {
                deleted = false;
            }
            return new Linearizability.Op<>(call, System.nanoTime(), label + " delete " + name + " " + deleted,
                    delete(name, deleted));
        }
        if (kind < 19) {
            boolean found = items.find(SCOPE, name).isPresent();
            return new Linearizability.Op<>(call, System.nanoTime(), label + " find " + name + " " + found,
                    find(name, found));
        }
        items.reset(Optional.of(SCOPE.accountId()));
        return new Linearizability.Op<>(call, System.nanoTime(), label + " reset", state -> Present.EMPTY);
    }
}
