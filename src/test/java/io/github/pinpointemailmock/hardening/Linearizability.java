package io.github.pinpointemailmock.hardening;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Checks that a concurrent history of operations on one object is linearizable: that some order of the operations,
 * one consistent with real time (an operation that returned before another was called comes first) and with a
 * sequential model, explains every outcome that was recorded. A depth-first search in the manner of Wing and Gong,
 * with Lowe's memo of (operations done, model state) pairs already explored.
 *
 * @param <S> the model state; must have value equality
 */
final class Linearizability<S> {

    /**
     * One recorded operation: when it was called and when it returned (any clock common to all threads, e.g.
     * {@link System#nanoTime()}), and what its recorded outcome allows: the model state after it, or null when the
     * outcome is impossible in {@code state}.
     */
    record Op<S>(long call, long ret, String label, UnaryOperator<S> step) {
    }

    /** Linearizable or not; when not, the furthest the search got, to explain why. */
    record Result(boolean linearizable, int longestPrefix, String explanation) {
    }

    private final List<Op<S>> ops;
    private final Set<Memo<S>> explored = new HashSet<>();
    private final long budget;
    private long steps;
    private int longest;
    private List<String> longestOrder = List.of();
    private S longestState;

    private Linearizability(List<Op<S>> ops, long budget) {
        this.ops = ops.stream().sorted(Comparator.comparingLong((Op<S> op) -> op.call())).toList();
        this.budget = budget;
    }

    static <S> Result check(List<Op<S>> ops, S initial) {
        return check(ops, initial, 50_000_000L);
    }

    /** As {@link #check(List, Object)}, giving up (and failing) after {@code budget} search steps. */
    static <S> Result check(List<Op<S>> ops, S initial, long budget) {
        Linearizability<S> search = new Linearizability<>(ops, budget);
        search.longestState = initial;
        BitSet done = new BitSet(ops.size());
        boolean ok = search.search(initial, done, 0, new ArrayList<>());
        if (ok) {
            return new Result(true, ops.size(), "linearizable");
        }
        return new Result(false, search.longest, search.explain());
    }

    private boolean search(S state, BitSet done, int count, List<String> order) {
        if (count == ops.size()) {
            return true;
        }
        if (++steps > budget) {
            return false;
        }
        if (!explored.add(new Memo<>((BitSet) done.clone(), state))) {
            return false;
        }
        if (count > longest) {
            longest = count;
            longestOrder = List.copyOf(order);
            longestState = state;
        }
        // The candidates: pending operations called no later than the earliest return among the pending ones,
        // i.e. those that no other pending operation is known to precede.
        long earliestReturn = Long.MAX_VALUE;
        List<Integer> candidates = new ArrayList<>();
        for (int i = done.nextClearBit(0); i < ops.size(); i = done.nextClearBit(i + 1)) {
            Op<S> op = ops.get(i);
            if (op.call() > earliestReturn) {
                break;
            }
            candidates.add(i);
            earliestReturn = Math.min(earliestReturn, op.ret());
        }
        candidates.sort(Comparator.comparingLong(i -> ops.get(i).ret()));
        for (int i : candidates) {
            Op<S> op = ops.get(i);
            if (op.call() > earliestReturn) {
                continue;
            }
            S next = op.step().apply(state);
            if (next == null) {
                continue;
            }
            done.set(i);
            order.add(op.label());
            if (search(next, done, count + 1, order)) {
                return true;
            }
            order.remove(order.size() - 1);
            done.clear(i);
            if (steps > budget) {
                return false;
            }
        }
        return false;
    }

    private String explain() {
        StringBuilder out = new StringBuilder();
        if (steps > budget) {
            out.append("search budget of ").append(budget).append(" steps exhausted; ");
        }
        out.append("no order explains the history; the longest explained prefix has ").append(longest)
                .append(" of ").append(ops.size()).append(" operations, ending in state ").append(longestState)
                .append(" after:\n    ");
        int from = Math.max(0, longestOrder.size() - 8);
        out.append(String.join("\n    ", longestOrder.subList(from, longestOrder.size())));
        out.append("\n  no pending operation can come next; the pending ones, by call time:");
        Set<String> placed = new HashSet<>(longestOrder);
        long origin = ops.isEmpty() ? 0 : ops.get(0).call();
        int shown = 0;
        for (Op<S> op : ops) {
            if (!placed.contains(op.label()) && shown++ < 12) {
                out.append("\n    [").append((op.call() - origin) / 1000).append("us..")
                        .append((op.ret() - origin) / 1000).append("us] ").append(op.label());
            }
        }
        return out.toString();
    }

    private record Memo<S>(BitSet done, S state) {
    }
}
