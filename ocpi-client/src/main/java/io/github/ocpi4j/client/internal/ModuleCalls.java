package io.github.ocpi4j.client.internal;

import io.github.ocpi4j.client.CallOptions;
import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.OcpiNegotiationException;
import io.github.ocpi4j.client.OcpiUnreadableResponseException;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.Violation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * What every module client of every OCPI version does, written once: build URLs from path segments, check request
 * bodies, call, page. A module client of {@code client.v221} or {@code client.v230} holds one, for the partner's
 * endpoint of its module and interface role, and only declares its methods with the types of its version.
 * Immutable and thread-safe.
 */
public final class ModuleCalls {
    private static final OcpiType<OcpiResponse<Void>> NO_DATA = OcpiType.responseOf(Void.class);

    private final Transport transport;
    private final Pager pager;
    private final Access access;
    private final String version;
    private final String module;
    private final String role;
    private final @Nullable String endpoint;

    /**
     * Creates the calls of one module client.
     *
     * @param version the OCPI version of the endpoint, for messages
     * @param module the module identifier, such as {@code locations}
     * @param role the interface role, {@code SENDER} or {@code RECEIVER}
     * @param endpoint the partner's endpoint URL, or {@code null} when it has none (only calls to URLs the partner
     *     gave, such as response URLs, can be made then)
     */
    ModuleCalls(
            Transport transport,
            Pager pager,
            Access access,
            String version,
            String module,
            String role,
            @Nullable String endpoint) {
        this.transport = transport;
        this.pager = pager;
        this.access = access;
        this.version = version;
        this.module = module;
        this.role = role;
        this.endpoint = endpoint;
    }

    /** The error for a client of an endpoint the partner does not offer. */
    static OcpiNegotiationException noEndpoint(String module, String role, String version) {
        return new OcpiNegotiationException(
                "the partner has no " + module + " " + role + " endpoint in OCPI " + version);
    }

    /**
     * Returns a request body after checking it against the specification's rules: ocpi4j sends no data that breaks
     * them.
     *
     * @throws OcpiValidationException with every violation
     */
    public <T> T valid(T body) {
        List<Violation> violations = OcpiJson.instance().validate(body);
        if (!violations.isEmpty()) {
            throw new OcpiValidationException(violations);
        }
        return body;
    }

    /**
     * Returns the endpoint's URL with these path segments, each encoded as one segment.
     *
     * @throws OcpiNegotiationException if the partner has no endpoint for this module and interface role
     */
    public String url(Object... segments) {
        if (endpoint == null) {
            throw noEndpoint(module, role, version);
        }
        HttpUrl.Builder b = HttpUrl.get(endpoint).newBuilder();
        for (Object segment : segments) {
            b.addPathSegment(segment.toString());
        }
        return b.build().toString();
    }

    /** Returns a URL with a query parameter set, or the URL as it is when {@code value} is {@code null}. */
    public static String withQuery(String url, String name, @Nullable String value) {
        return value == null
                ? url
                : HttpUrl.get(url)
                        .newBuilder()
                        .setQueryParameter(name, value)
                        .build()
                        .toString();
    }

    /** GET of one object; empty for HTTP 404 or an envelope without data. */
    public <T> Optional<T> find(String url, Class<T> type) {
        return transport
                .call("GET", url, null, OcpiType.responseOf(type), access, CallOptions.NONE, true, true)
                .map(Reply::data);
    }

    /** A call whose response data is ignored ({@code [[transport_and_format_response_format]]}). */
    public void send(String method, String url, @Nullable Object body, boolean idempotent) {
        reply(method, url, body, idempotent);
    }

    private Reply<Void> reply(String method, String url, @Nullable Object body, boolean idempotent) {
        return transport
                .call(method, url, body, NO_DATA, access, CallOptions.NONE, idempotent, false)
                .orElseThrow();
    }

    /**
     * POSTs a new object to the endpoint and returns the absolute URL of the partner's copy, from the {@code
     * Location} header (a relative one resolved as HTTP does). Not retried: a POST that may have arrived is not sent
     * twice.
     *
     * @param what what the URL is of, for the error, such as {@code the new CDR}
     * @throws OcpiUnreadableResponseException if the response has no {@code Location} header
     */
    public String postForLocation(Object body, String what) {
        String url = url();
        Reply<Void> reply = reply("POST", url, body, false);
        String location = reply.headers().get("Location");
        HttpUrl resolved = location == null ? null : HttpUrl.get(url).resolve(location);
        if (resolved == null) {
            throw new OcpiUnreadableResponseException(
                    reply.httpStatus(),
                    List.of(new Violation("Location", "header required: the URL of " + what)),
                    "POST",
                    url,
                    reply.requestId(),
                    reply.correlationId());
        }
        return resolved.toString();
    }

    /** A call whose response data is required. */
    public <T> T exchange(String method, String url, @Nullable Object body, Class<T> type, boolean idempotent) {
        Reply<T> reply = transport
                .call(method, url, body, OcpiType.responseOf(type), access, CallOptions.NONE, idempotent, false)
                .orElseThrow();
        if (reply.data() == null) {
            throw new OcpiUnreadableResponseException(
                    reply.httpStatus(),
                    List.of(new Violation("data", "required")),
                    method,
                    url,
                    reply.requestId(),
                    reply.correlationId());
        }
        return reply.data();
    }

    /**
     * The real-time authorization of a token ({@code [[mod_tokens_real-time_authorization]]}): a POST to {@code
     * {endpoint}/{uid}/authorize[?type=...]}, not retried. A partner that does not know the token answers HTTP 404
     * with or without an envelope of 2004, or an envelope of 2004 ({@code [[mod_tokens_post_method]]}, {@code
     * [[mod_tokens_post_response_data]]}): each becomes an {@link OcpiStatusException} of {@link
     * OcpiStatusCode#UNKNOWN_TOKEN}.
     *
     * @param type the token type's value, or {@code null} to send none
     * @param location the location references, already checked, or {@code null}
     */
    public <T> T authorize(String tokenUid, @Nullable String type, @Nullable Object location, Class<T> answer) {
        String url = withQuery(url(tokenUid, "authorize"), "type", type);
        try {
            return exchange("POST", url, location, answer, false);
        } catch (OcpiHttpException e) {
            if (e.httpStatus() != 404
                    || (e.statusCode() != null && !e.statusCode().equals(OcpiStatusCode.UNKNOWN_TOKEN))) {
                throw e;
            }
            OcpiStatusException unknown = new OcpiStatusException(
                    OcpiStatusCode.UNKNOWN_TOKEN,
                    e.statusMessage() != null ? e.statusMessage() : "HTTP 404: the partner does not know " + tokenUid,
                    e.requestId(),
                    e.correlationId(),
                    404);
            unknown.initCause(e);
            throw unknown;
        }
    }

    /** Returns the first page of the endpoint's list for a query. */
    public <T> Page<T> page(ListQuery query, Class<T> type) {
        return page(url(), query, type);
    }

    /** Returns the first page of a list at a URL below the endpoint, such as Payments' terminals. */
    public <T> Page<T> page(String url, ListQuery query, Class<T> type) {
        return pager.page(url, query, type, access, CallOptions.NONE);
    }

    /** Returns the page at a URL, such as a previous page's {@link Page#nextUrl()}. */
    public <T> Page<T> pageAt(String url, Class<T> type) {
        return pager.page(url, type, access, CallOptions.NONE);
    }

    /** Returns every object of every page of the endpoint's list, fetched as the stream is consumed. */
    public <T> Stream<T> stream(ListQuery query, Class<T> type) {
        return stream(url(), query, type);
    }

    /** Returns every object of every page of a list at a URL below the endpoint, fetched as the stream is consumed. */
    public <T> Stream<T> stream(String url, ListQuery query, Class<T> type) {
        return pager.stream(url, query, type, access, CallOptions.NONE);
    }

    /**
     * Returns the first page of a list below the endpoint, at a URL of {@link #url} that may carry filters of its own
     * in its query, such as the BookingLocations of a search.
     */
    public <T> Page<T> pageAt(String listUrl, ListQuery query, Class<T> type) {
        return pager.page(listUrl, query, type, access, CallOptions.NONE);
    }

    /** As {@link #pageAt(String, ListQuery, Class)}, every object of every page, fetched as the stream is consumed. */
    public <T> Stream<T> streamAt(String listUrl, ListQuery query, Class<T> type) {
        return pager.stream(listUrl, query, type, access, CallOptions.NONE);
    }

    /**
     * Returns the query of a list that requires {@code date_from}, such as the Sessions list.
     *
     * @param section the specification's section that requires it, for the message
     * @throws IllegalArgumentException if the query has none
     */
    public ListQuery withDateFrom(ListQuery query, String section) {
        if (query.dateFrom() == null) {
            throw new IllegalArgumentException(
                    "the " + module + " list requires date_from (" + section + "): " + query);
        }
        return query;
    }
}
