package io.github.ocpi4j.client;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a paginated GET ({@code [[transport_and_format_paginated_request]]}): objects last updated from
 * {@code dateFrom} (inclusive) to {@code dateTo} (exclusive), starting at {@code offset}, at most {@code limit} per
 * page. Unset parameters are not sent.
 *
 * <pre>{@code
 * ListQuery sinceYesterday = ListQuery.all().dateFrom(Instant.now().minus(Duration.ofDays(1)));
 * }</pre>
 *
 * @param dateFrom only objects with {@code last_updated} at or after this time
 * @param dateTo only objects with {@code last_updated} before this time
 * @param offset the offset of the first object
 * @param limit the maximum number of objects per page
 */
public record ListQuery(
        @Nullable Instant dateFrom,
        @Nullable Instant dateTo,
        @Nullable Integer offset,
        @Nullable Integer limit) {

    private static final ListQuery ALL = new ListQuery(null, null, null, null);

    /** Returns the query for every object, in pages of the server's size. */
    public static ListQuery all() {
        return ALL;
    }

    /** Returns this query with {@code date_from}. */
    public ListQuery dateFrom(@Nullable Instant dateFrom) {
        return new ListQuery(dateFrom, dateTo, offset, limit);
    }

    /** Returns this query with {@code date_to}. */
    public ListQuery dateTo(@Nullable Instant dateTo) {
        return new ListQuery(dateFrom, dateTo, offset, limit);
    }

    /** Returns this query with {@code offset}. */
    public ListQuery offset(@Nullable Integer offset) {
        return new ListQuery(dateFrom, dateTo, offset, limit);
    }

    /** Returns this query with {@code limit}. */
    public ListQuery limit(@Nullable Integer limit) {
        return new ListQuery(dateFrom, dateTo, offset, limit);
    }
}
