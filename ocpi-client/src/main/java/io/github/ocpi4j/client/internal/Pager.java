package io.github.ocpi4j.client.internal;

import io.github.ocpi4j.client.CallOptions;
import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiPagingException;
import io.github.ocpi4j.client.OcpiTransportException;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.model.DateTimes;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiType;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paginated GETs ({@code [[transport_and_format_pagination]]}): one page, or every object of every page lazily,
 * following {@code Link: <...>; rel="next"} with one page in memory at a time.
 *
 * <p>Every page of a crawl carries the same X-Correlation-ID, the query's {@code date_from}/{@code date_to} and
 * the filters of the endpoint's URL, even when a server's next link leaves them out. When {@code X-Total-Count} shrinks between pages (objects left
 * the list), the page is fetched again from an offset lowered by the shrink, as the specification advises, so no
 * object is skipped.
 *
 * <p>A crawl ends with an {@link OcpiPagingException}, after the objects before it, instead of running forever or
 * ending as if the list were complete, when: the partner links to a page already fetched; the crawl reached the
 * client's page limit; its deadline passed (measured from its first page, every call of it ending by then too);
 * or the partner links to a next page although the crawl already received more objects than the last {@code
 * X-Total-Count} announced by more than its largest page. That margin lets the count change honestly while the
 * crawl runs (objects added or removed, a server that links to an empty last page), and still stops a partner whose
 * pages never end.
 */
public final class Pager {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.ocpi4j.client");

    private final Transport transport;
    private final int maxPages;
    private final Duration timeout;

    /**
     * Creates the pager of a client.
     *
     * @param maxPages how many pages a crawl fetches at most
     * @param timeout how long a crawl may take, from its first page
     */
    public Pager(Transport transport, int maxPages, Duration timeout) {
        this.transport = transport;
        this.maxPages = maxPages;
        this.timeout = timeout;
    }

    /** Returns the first page of a list endpoint for a query. */
    public <T> Page<T> page(String endpoint, ListQuery query, Class<T> type, Access access, CallOptions options) {
        return fetch(url(endpoint, query), OcpiType.responseOfList(type), access, options);
    }

    /** Returns the page at a URL, such as a previous page's {@link Page#nextUrl()}. */
    public <T> Page<T> page(String url, Class<T> type, Access access, CallOptions options) {
        return fetch(url, OcpiType.responseOfList(type), access, options);
    }

    /** Returns every object of every page, fetched as the stream is consumed. */
    public <T> Stream<T> stream(String endpoint, ListQuery query, Class<T> type, Access access, CallOptions options) {
        CallOptions flow = options.correlationId() != null
                ? options
                : options.toBuilder()
                        .correlationId(UUID.randomUUID().toString())
                        .build();
        Crawl<T> crawl = new Crawl<>(endpoint, query, OcpiType.responseOfList(type), access, flow);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(crawl, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private <T> Page<T> fetch(String url, OcpiType<OcpiResponse<List<T>>> type, Access access, CallOptions options) {
        return fetch(url, type, access, options, null);
    }

    private <T> Page<T> fetch(
            String url,
            OcpiType<OcpiResponse<List<T>>> type,
            Access access,
            CallOptions options,
            @Nullable Deadline deadline) {
        Reply<List<T>> reply = transport
                .call("GET", url, null, type, access, options, true, false, deadline)
                .orElseThrow();
        List<T> items = reply.data() == null
                ? List.of()
                : reply.data().stream().filter(java.util.Objects::nonNull).toList(); // a lenient client's nulls
        return new Page<>(
                items,
                intHeader(reply.headers().get("X-Total-Count")),
                intHeader(reply.headers().get("X-Limit")),
                Links.next(reply.headers().get("Link"), url));
    }

    /**
     * The URL of a list endpoint with a query's parameters; DateTimes go as the specification's examples write them,
     * with their colons ({@code date_from=2019-01-28T12:00:00Z}), which a query may hold as they are.
     */
    static String url(String endpoint, ListQuery query) {
        HttpUrl.Builder b = HttpUrl.get(endpoint).newBuilder();
        if (query.dateFrom() != null) {
            b.setEncodedQueryParameter("date_from", DateTimes.format(query.dateFrom()));
        }
        if (query.dateTo() != null) {
            b.setEncodedQueryParameter("date_to", DateTimes.format(query.dateTo()));
        }
        if (query.offset() != null) {
            b.setQueryParameter("offset", query.offset().toString());
        }
        if (query.limit() != null) {
            b.setQueryParameter("limit", query.limit().toString());
        }
        return b.build().toString();
    }

    private static @Nullable Integer intHeader(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One crawl over the pages of a list. */
    private final class Crawl<T> implements Iterator<T> {
        private final OcpiType<OcpiResponse<List<T>>> type;
        private final Access access;
        private final CallOptions options;
        private final ListQuery query;
        /** The filters the endpoint's URL carries itself, such as the timeslot window of a search. */
        private final HttpUrl endpoint;

        private final Set<String> fetched = new HashSet<>();
        private @Nullable String next;
        private Iterator<T> items = List.<T>of().iterator();
        private @Nullable Integer lastTotal;
        private @Nullable Integer announced;
        private @Nullable Deadline deadline;
        private int pages;
        private long received;
        private int largestPage;

        Crawl(
                String endpoint,
                ListQuery query,
                OcpiType<OcpiResponse<List<T>>> type,
                Access access,
                CallOptions options) {
            this.type = type;
            this.access = access;
            this.options = options;
            this.query = query;
            this.endpoint = HttpUrl.get(endpoint);
            this.next = url(endpoint, query);
            this.received = query.offset() == null ? 0 : Math.max(0, query.offset());
        }

        @Override
        public boolean hasNext() {
            while (!items.hasNext() && next != null) {
                fetchNext();
            }
            return items.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return items.next();
        }

        private void fetchNext() {
            String url = withFilters(next);
            next = null;
            if (!fetched.add(pageKey(url))) {
                throw stopped("the partner links back to " + url + ", a page already fetched", url);
            }
            if (pages >= maxPages) {
                throw stopped(
                        "the client's limit of " + maxPages + " pages, before " + url
                                + "; raise it with OcpiClient.Builder.maxPages",
                        url);
            }
            if (announced != null && received - announced > largestPage) {
                throw stopped(
                        "the partner links to " + url + " after sending " + received
                                + " objects, more than a page beyond the " + announced + " its X-Total-Count announced",
                        url);
            }
            if (deadline == null) {
                deadline = transport.deadline(timeout, "the listing's deadline", "listingTimeout");
            } else if (deadline.passed()) {
                throw stopped(deadline.description() + " passed, before " + url + "; " + deadline.remedy(), url);
            }
            pages++;
            Page<T> page = fetchWithin(url);
            Integer total = page.totalCount();
            int shrink = lastTotal != null && total != null ? lastTotal - total : 0;
            Integer offset = offset(url);
            if (shrink > 0 && offset != null && offset > 0) {
                String earlier = withOffset(url, Math.max(0, offset - shrink));
                LOG.debug("X-Total-Count fell from {} to {}: fetching {} again", lastTotal, total, earlier);
                fetched.add(pageKey(earlier));
                page = fetchWithin(earlier);
                total = page.totalCount();
                received -= Math.min(shrink, offset); // the objects of the earlier page received before
            }
            lastTotal = total;
            if (total != null) {
                announced = total;
            }
            received += page.items().size();
            largestPage = Math.max(largestPage, page.items().size());
            items = page.items().iterator();
            next = page.nextUrl();
        }

        /** Fetches a page by the crawl's deadline, a call cut short by it ending the crawl. */
        private Page<T> fetchWithin(String url) {
            Deadline crawlDeadline = java.util.Objects.requireNonNull(deadline);
            try {
                return fetch(url, type, access, options, crawlDeadline);
            } catch (OcpiTransportException e) {
                if (crawlDeadline.passed()) {
                    throw stopped(
                            crawlDeadline.description() + " passed while fetching " + url + "; "
                                    + crawlDeadline.remedy(),
                            url);
                }
                throw e;
            }
        }

        private OcpiPagingException stopped(String why, String url) {
            return new OcpiPagingException(
                    "paging stopped after " + pages + (pages == 1 ? " page: " : " pages: ") + why, url, pages);
        }

        /** The query's date filters and the endpoint's own, added where a server's next link dropped them. */
        private String withFilters(String url) {
            HttpUrl parsed = HttpUrl.get(url);
            HttpUrl.Builder b = parsed.newBuilder();
            for (String name : endpoint.queryParameterNames()) {
                if (parsed.queryParameter(name) == null) {
                    b.setQueryParameter(name, endpoint.queryParameter(name));
                }
            }
            if (query.dateFrom() != null && parsed.queryParameter("date_from") == null) {
                b.setEncodedQueryParameter("date_from", DateTimes.format(query.dateFrom()));
            }
            if (query.dateTo() != null && parsed.queryParameter("date_to") == null) {
                b.setEncodedQueryParameter("date_to", DateTimes.format(query.dateTo()));
            }
            return b.build().toString();
        }
    }

    /** Identifies a page whatever the order of its parameters, a missing offset being offset 0. */
    private static String pageKey(String url) {
        HttpUrl parsed = HttpUrl.get(url);
        java.util.TreeMap<String, java.util.List<String>> params = new java.util.TreeMap<>();
        for (String name : parsed.queryParameterNames()) {
            params.put(
                    name,
                    parsed.queryParameterValues(name).stream()
                            .map(v -> v == null ? "" : v)
                            .sorted()
                            .toList());
        }
        params.putIfAbsent("offset", java.util.List.of("0"));
        return parsed.newBuilder().query(null).build() + "?" + params;
    }

    private static @Nullable Integer offset(String url) {
        return intHeader(HttpUrl.get(url).queryParameter("offset"));
    }

    private static String withOffset(String url, int offset) {
        return HttpUrl.get(url)
                .newBuilder()
                .setQueryParameter("offset", Integer.toString(offset))
                .build()
                .toString();
    }
}
