package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.server.Stored;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a route answers: the HTTP status, the envelope's data and extra headers (paging, {@code Location}).
 *
 * @param httpStatus the HTTP status
 * @param data the envelope's data, or {@code null} to leave it out
 * @param headers headers to add
 */
public record Reply(int httpStatus, @Nullable Object data, Map<String, String> headers) {

    /** Copies the headers, keeping their order. */
    public Reply {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** 200 with this data. */
    public static Reply ok(@Nullable Object data) {
        return new Reply(200, data, Map.of());
    }

    /** 200 without data. */
    public static Reply ok() {
        return ok(null);
    }

    /** 201 for a new object, 200 for a replaced one; no data ({@code [[transport_and_format_response_format]]}). */
    public static Reply stored(Stored stored) {
        return new Reply(stored == Stored.CREATED ? 201 : 200, null, Map.of());
    }
}
