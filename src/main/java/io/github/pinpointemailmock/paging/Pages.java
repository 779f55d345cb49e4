package io.github.pinpointemailmock.paging;

import io.github.pinpointemailmock.caller.AccountRegion;
import io.github.pinpointemailmock.error.AwsErrorType;
import io.github.pinpointemailmock.error.AwsException;
import io.github.pinpointemailmock.store.ScopedRepository;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Pages through a list kept in key order. A page resumes strictly after the last key of the previous one, so
 * items created or deleted between calls never make a page repeat or skip the items that stayed.
 */
@Component
public class Pages {

    /** What AWS documents as the largest page of its List operations. */
    public static final int MAX_PAGE_SIZE = 1000;

    private final PageTokens tokens;

    public Pages(PageTokens tokens) {
        this.tokens = tokens;
    }

    /** One page of the caller's resources in {@code repository}, by key in ascending order. */
    public <T> Page<T> page(ScopedRepository<T> repository, AccountRegion caller, Integer pageSize,
                            String nextToken) {
        return page(repository.member(), caller, repository.list(caller), pageSize, nextToken);
    }

    /** As {@link #page(ScopedRepository, AccountRegion, Integer, String)}, of just the resources {@code filter} keeps. */
    public <T> Page<T> page(ScopedRepository<T> repository, AccountRegion caller, Predicate<? super T> filter,
                            Integer pageSize, String nextToken) {
        NavigableMap<String, T> kept = repository.list(caller);
        kept.values().removeIf(filter.negate());
        return page(repository.member(), caller, kept, pageSize, nextToken);
    }

    /**
     * One page of {@code items}, sorted by key, for {@code caller}.
     *
     * @param list      names the list, so a token of one list is refused by another
     * @param pageSize  the request's {@code PageSize}, or null for the largest page
     * @param nextToken the request's {@code NextToken}, or null for the first page
     */
    public <T> Page<T> page(String list, AccountRegion caller, NavigableMap<String, T> items, Integer pageSize,
                            String nextToken) {
        int size = pageSize == null ? MAX_PAGE_SIZE : pageSize;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new AwsException(AwsErrorType.BAD_REQUEST, "1 validation error detected: Value at 'pageSize' "
                    + "failed to satisfy constraint: Member must be between 1 and " + MAX_PAGE_SIZE);
        }
        NavigableMap<String, T> remaining = nextToken == null
                ? items
                : items.tailMap(tokens.lastKey(nextToken, list, caller), false);
        // One item beyond the page tells whether another page follows.
        List<Map.Entry<String, T>> window = remaining.entrySet().stream().limit(size + 1L).toList();
        List<T> page = window.stream().limit(size).map(Map.Entry::getValue).toList();
        String next = window.size() > size ? tokens.issue(list, caller, window.get(size - 1).getKey()) : null;
        return new Page<>(page, next);
    }

    public record Page<T>(List<T> items, String nextToken) {

        public <R> Page<R> map(Function<T, R> mapper) {
            return new Page<>(items.stream().map(mapper).toList(), nextToken);
        }
    }
}
