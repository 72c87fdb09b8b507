package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.CallOptions;
import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiUnreadableResponseException;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Pager;
import io.github.ocpi4j.client.internal.Reply;
import io.github.ocpi4j.client.internal.Transport;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.Violation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** What every module client does: build URLs from path segments, call, page. */
abstract class ModuleClient {
    private static final OcpiType<io.github.ocpi4j.model.OcpiResponse<Void>> NO_DATA = OcpiType.responseOf(Void.class);

    private final Transport transport;
    private final Pager pager;
    private final Access access;
    private final @Nullable String endpoint;

    ModuleClient(Transport transport, Pager pager, Access access, @Nullable String endpoint) {
        this.transport = transport;
        this.pager = pager;
        this.access = access;
        this.endpoint = endpoint;
    }

    /**
     * Returns a request body after checking it against the specification's rules: ocpi4j sends no data that breaks
     * them.
     *
     * @throws OcpiValidationException with every violation
     */
    final <T> T valid(T body) {
        List<Violation> violations = OcpiJson.instance().validate(body);
        if (!violations.isEmpty()) {
            throw new OcpiValidationException(violations);
        }
        return body;
    }

    /** The endpoint's URL with these path segments, each encoded. */
    final String url(Object... segments) {
        if (endpoint == null) {
            throw new IllegalStateException("no endpoint");
        }
        return withSegments(endpoint, segments);
    }

    /**
     * A URL with these path segments, each encoded. Not an overload of {@link #url(Object...)}: with a {@code
     * String} first segment Java would choose it and take that segment for the base URL.
     */
    static String withSegments(String base, Object... segments) {
        HttpUrl.Builder b = HttpUrl.get(base).newBuilder();
        for (Object segment : segments) {
            b.addPathSegment(segment.toString());
        }
        return b.build().toString();
    }

    /** GET of one object; empty for HTTP 404 or an envelope without data. */
    final <T> Optional<T> find(String url, Class<T> type) {
        return transport
                .call("GET", url, null, OcpiType.responseOf(type), access, CallOptions.NONE, true, true)
                .map(Reply::data);
    }

    /** A call whose response data is ignored ({@code [[transport_and_format_response_format]]}). */
    final Reply<Void> send(String method, String url, @Nullable Object body, boolean idempotent) {
        return transport
                .call(method, url, body, NO_DATA, access, CallOptions.NONE, idempotent, false)
                .orElseThrow();
    }

    /** A call whose response data is required. */
    final <T> T exchange(String method, String url, @Nullable Object body, Class<T> type, boolean idempotent) {
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

    final <T> Page<T> page(ListQuery query, Class<T> type) {
        return pager.page(url(), query, type, access, CallOptions.NONE);
    }

    final <T> Page<T> pageAt(String url, Class<T> type) {
        return pager.page(url, type, access, CallOptions.NONE);
    }

    final <T> Stream<T> stream(ListQuery query, Class<T> type) {
        return pager.stream(url(), query, type, access, CallOptions.NONE);
    }
}
