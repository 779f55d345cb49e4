package io.github.pinpointemailmock.store;

import io.github.pinpointemailmock.caller.AccountRegion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The in-memory store every resource repository builds on: items by key, kept apart per account and region, at
 * most {@code limit} of them in a scope.
 *
 * <p>Every operation is linearizable, and the quota is exact, without making the inserts and deletes of a scope
 * take turns in the common case. A scope keeps its items in a concurrent map and a count of places
 * <em>claimed</em>: the items it holds, plus the inserts that have claimed a place and not yet stored their item,
 * plus the deletes that have removed an item and not yet given its place back. So the count is never below the
 * number of items, and, as a claim is only made below the limit, never above the limit.
 * <ul>
 *   <li>An insert whose key is taken is {@code NAME_TAKEN} at once. Otherwise it claims a place while the count is
 *       below the limit, then stores its item with {@code putIfAbsent}; at that instant the scope holds at most
 *       count - 1 < limit items, the claimant's own place being still empty, so storing it keeps the quota. If
 *       another insert stored the key first, it gives the place back: {@code NAME_TAKEN}.</li>
 *   <li>Only when the count has reached the limit does an insert take the scope's lock exclusively. Inserts and
 *       deletes hold it shared from their claim or removal until the count is settled, so under the exclusive lock
 *       the count is exactly the number of items, and {@code LIMIT_REACHED} is only answered when the scope really
 *       is full (and the key is not taken).</li>
 *   <li>A delete removes the item, then gives its place back; an update replaces one item inside
 *       {@code computeIfPresent} on that item's own entry, which changes no count. Reads go straight to the map.</li>
 * </ul>
 * The shared lock is a compare-and-set on the lock word: inserts and deletes only ever wait for an insert into a
 * full scope.
 *
 * <p>A reset forgets whole scopes. An operation already under way on a forgotten scope completes on it, as if it
 * had happened just before the reset, which it overlapped.
 *
 * @param <T> the stored item
 */
final class ScopedMemoryStore<T> {

    private final Function<T, String> keyOf;
    private final int limit;
    private final List<T> initialItems;
    private final Map<AccountRegion, Scope<T>> scopes = new ConcurrentHashMap<>();
    /** What every scope not yet in use reads as; only ever read. */
    private final Scope<T> unused;

    /**
     * @param keyOf        the item's key, unique in its scope
     * @param limit        the most items a scope may hold, counting the initial ones
     * @param initialItems what every scope holds the first time it is used
     */
    public ScopedMemoryStore(Function<T, String> keyOf, int limit, List<T> initialItems) {
        this.keyOf = keyOf;
        this.limit = limit;
        this.initialItems = List.copyOf(initialItems);
        this.unused = newScope();
    }

    public ScopedMemoryStore(Function<T, String> keyOf, int limit) {
        this(keyOf, limit, List.of());
    }

    public int limit() {
        return limit;
    }

    /** Stores the item unless its key is taken or the scope already holds {@code limit} items, in that order. */
    public InsertResult insert(AccountRegion scope, T item) {
        return scope(scope).insert(keyOf.apply(item), item, limit);
    }

    public Optional<T> find(AccountRegion scope, String key) {
        return Optional.ofNullable(scopeToRead(scope).items.get(key));
    }

    /** A snapshot of the scope's items, by key in ascending order. */
    public NavigableMap<String, T> list(AccountRegion scope) {
        return new TreeMap<>(scopeToRead(scope).items);
    }

    /**
     * Replaces the item with {@code change} applied to it, atomically; {@code change} may throw to refuse, which
     * changes nothing.
     *
     * @return the item as stored after the change, or empty when there is no such item
     */
    public Optional<T> update(AccountRegion scope, String key, UnaryOperator<T> change) {
        // Never null: a null from computeIfPresent's function would delete the item without giving its place back.
        return Optional.ofNullable(scope(scope).items.computeIfPresent(key,
                (ignored, item) -> Objects.requireNonNull(change.apply(item), "an update must leave an item")));
    }

    /** @return false when there was no such item */
    public boolean delete(AccountRegion scope, String key) {
        return scope(scope).delete(key);
    }

    /** Forgets every scope that {@code matches}: they start afresh, as on first use, the next time they are used. */
    public void clear(Predicate<AccountRegion> matches) {
        scopes.keySet().removeIf(matches);
    }

    /** A snapshot of every scope in use and its items, by key in ascending order. */
    public Map<AccountRegion, NavigableMap<String, T>> snapshot() {
        Map<AccountRegion, NavigableMap<String, T>> snapshot = new HashMap<>();
        scopes.forEach((scope, state) -> snapshot.put(scope, new TreeMap<>(state.items)));
        return snapshot;
    }

    /**
     * The scope as a read sees it: a scope not in use reads as its initial items, without being put in use, so that a
     * read (or a refused call that only read) changes nothing, not even what {@code GET /_mock/state} lists.
     */
    private Scope<T> scopeToRead(AccountRegion scope) {
        Scope<T> existing = scopes.get(scope);
        return existing != null ? existing : unused;
    }

    /** The scope's state, made on first write. */
    private Scope<T> scope(AccountRegion scope) {
        Scope<T> existing = scopes.get(scope);
        return existing != null ? existing : scopes.computeIfAbsent(scope, ignored -> newScope());
    }

    private Scope<T> newScope() {
        Map<String, T> items = new HashMap<>();
        initialItems.forEach(item -> items.put(keyOf.apply(item), item));
        return new Scope<>(items);
    }

    /** One account and region: its items, the places claimed, and the lock an insert into a full scope takes. */
    private static final class Scope<T> {

        final ConcurrentHashMap<String, T> items;
        final AtomicInteger claimed;
        final StampedLock counting = new StampedLock();

        Scope(Map<String, T> initialItems) {
            this.items = new ConcurrentHashMap<>(initialItems);
            this.claimed = new AtomicInteger(initialItems.size());
        }

        InsertResult insert(String key, T item, int limit) {
            if (items.containsKey(key)) {
                return InsertResult.NAME_TAKEN;
            }
            long stamp = counting.readLock();
            try {
                if (claimBelow(limit)) {
                    if (items.putIfAbsent(key, item) == null) {
                        return InsertResult.INSERTED;
                    }
                    claimed.decrementAndGet();
                    return InsertResult.NAME_TAKEN;
                }
            } finally {
                counting.unlockRead(stamp);
            }
            return insertIntoFullScope(key, item, limit);
        }

        /** Claims a place unless every place up to the limit is claimed. */
        private boolean claimBelow(int limit) {
            for (int count = claimed.get(); count < limit; count = claimed.get()) {
                if (claimed.compareAndSet(count, count + 1)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The scope looked full; with no insert or delete under way, the count is now exactly the number of items,
         * so the answer is decided on what the scope truly holds.
         */
        private InsertResult insertIntoFullScope(String key, T item, int limit) {
            long stamp = counting.writeLock();
            try {
                if (items.containsKey(key)) {
                    return InsertResult.NAME_TAKEN;
                }
                if (claimed.get() >= limit) {
                    return InsertResult.LIMIT_REACHED;
                }
                items.put(key, item);
                claimed.incrementAndGet();
                return InsertResult.INSERTED;
            } finally {
                counting.unlockWrite(stamp);
            }
        }

        boolean delete(String key) {
            if (!items.containsKey(key)) {
                return false;
            }
            long stamp = counting.readLock();
            try {
                if (items.remove(key) == null) {
                    return false;
                }
                claimed.decrementAndGet();
                return true;
            } finally {
                counting.unlockRead(stamp);
            }
        }
    }
}
