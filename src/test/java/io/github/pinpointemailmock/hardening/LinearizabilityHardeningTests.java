package io.github.pinpointemailmock.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pinpointemailmock.hardening.SetModel.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The checker behind {@link ConcurrentStoreModelIT} must itself tell right histories from wrong ones. */
class LinearizabilityHardeningTests {

    private static Linearizability.Op<SetModel> op(long call, long ret, String label, UnaryOperator<SetModel> step) {
        return new Linearizability.Op<>(call, ret, label, step);
    }

    private static SetModel created(int id) {
        return new SetModel(true, id, "REQUIRE", null, null);
    }

    @Test
    void aSetSeenAfterItsDeleteReturnedIsNotLinearizable() {
        List<Linearizability.Op<SetModel>> history = List.of(
                op(0, 10, "create#1", SetModel.create(Outcome.OK, 1, "REQUIRE", null, null)),
                op(20, 30, "delete", SetModel.delete(Outcome.OK)),
                op(40, 50, "get", SetModel.get(Outcome.OK, created(1))));

        assertThat(Linearizability.check(history, SetModel.ABSENT).linearizable()).isFalse();
    }

    @Test
    void aGetOverlappingADeleteMaySeeEitherSide() {
        for (Outcome seen : List.of(Outcome.OK, Outcome.NOT_FOUND)) {
            List<Linearizability.Op<SetModel>> history = List.of(
                    op(0, 10, "create#1", SetModel.create(Outcome.OK, 1, "REQUIRE", null, null)),
                    op(20, 40, "delete", SetModel.delete(Outcome.OK)),
                    op(25, 35, "get", SetModel.get(seen, seen == Outcome.OK ? created(1) : null)));

            assertThat(Linearizability.check(history, SetModel.ABSENT).linearizable()).as("%s", seen).isTrue();
        }
    }

    @Test
    void twoSuccessfulCreatesWithNothingBetweenAreNotLinearizableEvenWhenConcurrent() {
        List<Linearizability.Op<SetModel>> history = List.of(
                op(0, 10, "create#1", SetModel.create(Outcome.OK, 1, "REQUIRE", null, null)),
                op(5, 15, "create#2", SetModel.create(Outcome.OK, 2, "REQUIRE", null, null)));

        assertThat(Linearizability.check(history, SetModel.ABSENT).linearizable()).isFalse();
    }

    @Test
    void aLostPutIsCaught() {
        List<Linearizability.Op<SetModel>> history = List.of(
                op(0, 10, "create#1", SetModel.create(Outcome.OK, 1, "REQUIRE", 301L, true)),
                op(20, 30, "put max=305", SetModel.putDelivery(Outcome.OK, "OPTIONAL", 305L, false)),
                op(40, 50, "get", SetModel.get(Outcome.OK, new SetModel(true, 1, "REQUIRE", 301L, true))));

        assertThat(Linearizability.check(history, SetModel.ABSENT).linearizable()).isFalse();
    }

    @Test
    void aResetBetweenExplainsAGoneSetAndAListMustAgree() {
        List<Linearizability.Op<SetModel>> history = List.of(
                op(0, 10, "create#1", SetModel.create(Outcome.OK, 1, "REQUIRE", null, null)),
                op(12, 18, "list shows it", SetModel.listed(true)),
                op(20, 30, "reset", SetModel.reset()),
                op(40, 50, "list hides it", SetModel.listed(false)),
                op(60, 70, "delete", SetModel.delete(Outcome.NOT_FOUND)));

        assertThat(Linearizability.check(history, SetModel.ABSENT).linearizable()).isTrue();
    }

    /** A real sequential run, its intervals then smeared so that operations overlap, stays linearizable. */
    @Test
    void sequentialRunsStayLinearizableWhenTheirIntervalsOverlap() {
        Random random = new Random(42);
        for (int run = 0; run < 200; run++) {
            SetModel state = SetModel.ABSENT;
            List<Linearizability.Op<SetModel>> history = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                UnaryOperator<SetModel> step = switch (random.nextInt(5)) {
                    case 0 -> SetModel.create(state.exists() ? Outcome.ALREADY_EXISTS : Outcome.OK, i, "REQUIRE",
                            (long) (300 + i), random.nextBoolean());
                    case 1 -> SetModel.delete(state.exists() ? Outcome.OK : Outcome.NOT_FOUND);
                    case 2 -> SetModel.putDelivery(state.exists() ? Outcome.OK : Outcome.NOT_FOUND, "OPTIONAL",
                            (long) (300 + i), random.nextBoolean());
                    case 3 -> SetModel.get(state.exists() ? Outcome.OK : Outcome.NOT_FOUND,
                            state.exists() ? state : null);
                    default -> SetModel.reset();
                };
                state = step.apply(state);
                long at = i * 10L;
                history.add(op(at - random.nextInt(25), at + 1 + random.nextInt(25), "op" + i, step));
            }

            assertThat(Linearizability.check(history, SetModel.ABSENT).linearizable()).as("run %d", run).isTrue();
        }
    }
}
