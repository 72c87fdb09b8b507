package io.github.ocpi4j.server;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a paginated GET asks for ({@code [[transport_and_format_paginated_request]]}): objects last updated from
 * {@code dateFrom} (inclusive) to {@code dateTo} (exclusive), from {@code offset}, at most {@code limit} of them.
 * The limit is already capped at the server's maximum.
 *
 * @param offset the offset of the first object, 0 or more
 * @param limit the most objects to return, 1 or more
 * @param dateFrom only objects with {@code last_updated} at or after this time, if given
 * @param dateTo only objects with {@code last_updated} before this time, if given
 */
public record PageRequest(
        int offset,
        int limit,
        @Nullable Instant dateFrom,
        @Nullable Instant dateTo) {

    /** Returns whether an object last updated at this time is within the date filters. */
    public boolean includes(Instant lastUpdated) {
        return (dateFrom == null || !lastUpdated.isBefore(dateFrom))
                && (dateTo == null || lastUpdated.isBefore(dateTo));
    }
}
