package io.github.ocpi4j.server;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as a host service returns it: the objects from the request's offset, and how many objects
 * match the request in all (for {@code X-Total-Count}; ocpi4j adds the {@code Link} to the next page when there is
 * one).
 *
 * @param items the objects of this page, at most the request's limit
 * @param totalCount how many objects match the request's filters, on all pages
 * @param <T> the type of the objects
 */
public record PageResult<T>(List<T> items, int totalCount) {

    /** Copies the items. */
    public PageResult {
        items = List.copyOf(items);
    }

    /**
     * Returns the page a request asks for out of all matching objects in memory, for hosts that keep them there:
     * filtered by {@code last_updated}, then cut at offset and limit.
     *
     * @param all every object this party may see, in a stable order
     * @param lastUpdated how to read an object's {@code last_updated}
     */
    public static <T> PageResult<T> of(List<T> all, PageRequest request, Function<T, java.time.Instant> lastUpdated) {
        List<T> matching =
                all.stream().filter(t -> request.includes(lastUpdated.apply(t))).toList();
        int from = Math.min(request.offset(), matching.size());
        int to = Math.min(matching.size(), from + request.limit());
        return new PageResult<>(matching.subList(from, to), matching.size());
    }
}
