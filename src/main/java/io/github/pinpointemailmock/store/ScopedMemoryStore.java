package io.github.pinpointemailmock.store;

import io.github.pinpointemailmock.caller.AccountRegion;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The in-memory store every resource repository builds on: items by key, kept apart per account and region.
 *
 * <p>Inserts and deletes in one scope run inside {@code compute} on that scope's entry, which serializes them with
 * each other, so a quota check and the write it guards are one atomic step and a delete cannot slip between them.
 * An update of one item runs inside {@code computeIfPresent} on the item's own entry. Reads go straight to the
 * concurrent map of the scope.
 *
 * @param <T> the stored item
 */
public final class ScopedMemoryStore<T> {

    private final Function<T, String> keyOf;
    private final Supplier<Map<String, T>> initialItems;
    private final Map<AccountRegion, Map<String, T>> itemsByScope = new ConcurrentHashMap<>();

    /**
     * @param keyOf        the item's key, unique in its scope
     * @param initialItems what a scope holds the first time it is used (a fresh, mutable map each call)
     */
    public ScopedMemoryStore(Function<T, String> keyOf, Supplier<Map<String, T>> initialItems) {
        this.keyOf = keyOf;
        this.initialItems = initialItems;
    }

    public ScopedMemoryStore(Function<T, String> keyOf) {
        this(keyOf, Map::of);
    }

    /** Stores the item unless its key is taken or the scope already holds {@code limit} items. */
    public InsertResult insert(AccountRegion scope, T item, int limit) {
        AtomicReference<InsertResult> result = new AtomicReference<>();
        itemsByScope.compute(scope, (key, existing) -> {
            Map<String, T> items = existing != null ? existing : newScope();
            if (items.containsKey(keyOf.apply(item))) {
                result.set(InsertResult.NAME_TAKEN);
            } else if (items.size() >= limit) {
                result.set(InsertResult.LIMIT_REACHED);
            } else {
                items.put(keyOf.apply(item), item);
                result.set(InsertResult.INSERTED);
            }
            return items;
        });
        return result.get();
    }

    public Optional<T> find(AccountRegion scope, String key) {
        return Optional.ofNullable(items(scope).get(key));
    }

    /** A snapshot of the scope's items, by key in ascending order. */
    public NavigableMap<String, T> list(AccountRegion scope) {
        return new TreeMap<>(items(scope));
    }

    /**
     * Replaces the item with {@code change} applied to it, atomically; {@code change} may throw to refuse, which
     * changes nothing.
     *
     * @return the item as stored after the change, or empty when there is no such item
     */
    public Optional<T> update(AccountRegion scope, String key, UnaryOperator<T> change) {
        return Optional.ofNullable(items(scope).computeIfPresent(key, (ignored, item) -> change.apply(item)));
    }

    /** @return false when there was no such item */
    public boolean delete(AccountRegion scope, String key) {
        AtomicReference<Boolean> deleted = new AtomicReference<>(false);
        itemsByScope.compute(scope, (ignored, existing) -> {
            Map<String, T> items = existing != null ? existing : newScope();
            deleted.set(items.remove(key) != null);
            return items;
        });
        return deleted.get();
    }

    /** Forgets every scope that {@code matches}: they start afresh, as on first use, the next time they are used. */
    public void clear(Predicate<AccountRegion> matches) {
        itemsByScope.keySet().removeIf(matches);
    }

    /** A snapshot of every scope in use and its items, by key in ascending order. */
    public Map<AccountRegion, NavigableMap<String, T>> snapshot() {
        Map<AccountRegion, NavigableMap<String, T>> snapshot = new HashMap<>();
        itemsByScope.forEach((scope, items) -> snapshot.put(scope, new TreeMap<>(items)));
        return snapshot;
    }

    private Map<String, T> items(AccountRegion scope) {
        return itemsByScope.computeIfAbsent(scope, ignored -> newScope());
    }

    private Map<String, T> newScope() {
        return new ConcurrentHashMap<>(initialItems.get());
    }
}
