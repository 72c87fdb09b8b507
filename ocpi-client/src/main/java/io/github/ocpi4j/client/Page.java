package io.github.ocpi4j.client;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a paginated GET ({@code [[transport_and_format_paginated_response]]}): its objects, the headers that
 * describe the whole list, and the link to the next page.
 *
 * @param items the objects of this page
 * @param totalCount {@code X-Total-Count}: how many objects match the query, if the server said
 * @param limit {@code X-Limit}: the most objects the server returns per page, if it said
 * @param nextUrl the URL of the next page from the {@code Link} header, or {@code null} on the last page
 * @param <T> the type of the objects
 */
public record Page<T>(
        List<T> items,
        @Nullable Integer totalCount,
        @Nullable Integer limit,
        @Nullable String nextUrl) {

    /** Copies the items. */
    public Page {
        items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }

    /** Returns whether there is a next page. */
    public boolean hasNext() {
        return nextUrl != null;
    }
}
