package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.DateTimes;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.server.OcpiHttpRequest;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request on its way through a route: who asks, the path parameters, the query, the body read and validated
 * by the pipeline, and the server's support.
 */
public final class Call {
    private final RequestContext context;
    private final Map<String, String> params;
    private final OcpiHttpRequest request;
    private final @Nullable Object body;
    private final ServerSupport support;

    /** Creates the call. */
    public Call(
            RequestContext context,
            Map<String, String> params,
            OcpiHttpRequest request,
            @Nullable Object body,
            ServerSupport support) {
        this.context = context;
        this.params = params;
        this.request = request;
        this.body = body;
        this.support = support;
    }

    /** Returns who asks. */
    public RequestContext context() {
        return context;
    }

    /** Returns the server's support. */
    public ServerSupport support() {
        return support;
    }

    /** Returns a path parameter, decoded. */
    public String param(String name) {
        return params.get(name);
    }

    /** Returns a path parameter as a CiString. */
    public CiString ciParam(String name) {
        return CiString.of(param(name));
    }

    /** Returns a query parameter, decoded, or {@code null}. */
    public @Nullable String query(String name) {
        return Urls.queryParameter(request.query(), name);
    }

    /** Returns the body the pipeline read, as its route's type. */
    public <T> T body(Class<T> type) {
        return type.cast(body);
    }

    /** Returns the body, which may be absent for routes whose body is optional. */
    public @Nullable Object body() {
        return body;
    }

    /** Returns the request. */
    public OcpiHttpRequest request() {
        return request;
    }

    /**
     * Returns the paging parameters of the query ({@code [[transport_and_format_paginated_request]]}), the limit
     * capped at the server's maximum.
     *
     * @throws OcpiStatusException 2001 for a parameter that is not a number or a DateTime
     */
    public PageRequest pageRequest() {
        int offset = number("offset", 0);
        int limit = number("limit", support.maxPageSize());
        if (limit < 1) {
            throw OcpiStatusException.invalidOrMissingParameters("limit must be at least 1, was " + limit
                    + ": leave it out for pages of up to " + support.maxPageSize());
        }
        return new PageRequest(
                offset, Math.min(limit, support.maxPageSize()), dateQuery("date_from"), dateQuery("date_to"));
    }

    /**
     * Returns a page with its headers: {@code X-Total-Count}, {@code X-Limit}, and the {@code Link} to the next page
     * when there is one, carrying the request's filters ({@code [[transport_and_format_paginated_response]]}).
     */
    public <T> Reply page(PageResult<T> result, PageRequest page) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Total-Count", Integer.toString(result.totalCount()));
        headers.put("X-Limit", Integer.toString(page.limit()));
        int next = page.offset() + result.items().size();
        if (!result.items().isEmpty() && next < result.totalCount()) {
            List<String> query = new ArrayList<>(Urls.queryWithout(request.query(), List.of("offset", "limit")));
            query.add("offset=" + next);
            query.add("limit=" + page.limit());
            String link = support.origin() + Urls.canonicalPath(request.path()) + "?" + String.join("&", query);
            headers.put("Link", "<" + link + ">; rel=\"next\"");
        }
        return new Reply(200, result.items(), headers);
    }

    private int number(String name, int otherwise) {
        String value = query(name);
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw OcpiStatusException.invalidOrMissingParameters(
                        name + " must be a whole number, 0 or more, was " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw OcpiStatusException.invalidOrMissingParameters(
                    name + " must be a whole number, 0 or more, was " + value);
        }
    }

    /**
     * Returns a DateTime query parameter, or {@code null} when it is absent or empty.
     *
     * @throws OcpiStatusException 2001 naming the parameter when it is no DateTime
     */
    public @Nullable Instant dateQuery(String name) {
        String value = query(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        DateTimes.Parsed parsed = DateTimes.parse(value);
        if (parsed.instant() == null) {
            throw OcpiStatusException.invalidOrMissingParameters(
                    name + ": " + parsed.violation() + ": send a DateTime such as 2024-01-31T23:00:00Z");
        }
        return parsed.instant();
    }
}
