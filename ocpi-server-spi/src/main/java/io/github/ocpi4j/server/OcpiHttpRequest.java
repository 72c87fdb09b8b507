package io.github.ocpi4j.server;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP request as {@link OcpiServer#handle(OcpiHttpRequest)} takes it, independent of any framework: method,
 * the path as sent (percent-encoded), the query string, headers (names compared ignoring case) and the body.
 * Adapters build one per request; tests build them directly.
 *
 * <pre>{@code
 * OcpiHttpRequest request = OcpiHttpRequest.builder()
 *         .method("GET")
 *         .target("/ocpi/2.2.1/sender/locations?limit=10")
 *         .header("Authorization", CredentialsTokens.header(token, false))
 *         .build();
 * }</pre>
 *
 * <p>Immutable, but its body stream can be read once.
 */
public final class OcpiHttpRequest {
    private final String method;
    private final String path;
    private final @Nullable String query;
    private final Map<String, List<String>> headers;
    private final InputStream body;

    private OcpiHttpRequest(Builder b) {
        this.method = Objects.requireNonNull(b.method, "method");
        this.path = Objects.requireNonNull(b.path, "path");
        this.query = b.query;
        TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        b.headers.forEach((name, values) -> h.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(h);
        this.body = b.body;
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the HTTP method, upper case. */
    public String method() {
        return method;
    }

    /** Returns the path as sent, percent-encoded, such as {@code /ocpi/2.2.1/receiver/tokens/NL/TNM/01%2002}. */
    public String path() {
        return path;
    }

    /** Returns the query string without {@code ?}, percent-encoded, or {@code null}. */
    public @Nullable String query() {
        return query;
    }

    /** Returns the first value of a header, its name ignoring case. */
    public @Nullable String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Returns all headers; the map's keys ignore case. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** Returns the body, which may be read once. */
    public InputStream body() {
        return body;
    }

    /** Builds {@link OcpiHttpRequest}s. Not thread-safe. */
    public static final class Builder {
        private @Nullable String method;
        private @Nullable String path;
        private @Nullable String query;
        private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private InputStream body = InputStream.nullInputStream();

        private Builder() {}

        /** Sets the HTTP method. */
        public Builder method(String method) {
            this.method = method.toUpperCase(java.util.Locale.ROOT);
            return this;
        }

        /** Sets the path, percent-encoded as sent. */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /** Sets the query string, without {@code ?}. */
        public Builder query(@Nullable String query) {
            this.query = query == null || query.isEmpty() ? null : query;
            return this;
        }

        /** Sets path and query from a request target such as {@code /ocpi/versions?x=1}. */
        public Builder target(String target) {
            int q = target.indexOf('?');
            return path(q < 0 ? target : target.substring(0, q)).query(q < 0 ? null : target.substring(q + 1));
        }

        /** Adds a header value. */
        public Builder header(String name, String value) {
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        /** Sets the body. */
        public Builder body(InputStream body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /** Sets the body. */
        public Builder body(byte[] body) {
            return body(new ByteArrayInputStream(body));
        }

        /** Sets the body as UTF-8 text. */
        public Builder body(String body) {
            return body(body.getBytes(StandardCharsets.UTF_8));
        }

        /** Returns the request. */
        public OcpiHttpRequest build() {
            return new OcpiHttpRequest(this);
        }
    }
}
