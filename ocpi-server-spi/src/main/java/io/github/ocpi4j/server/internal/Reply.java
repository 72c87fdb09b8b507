package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.server.Stored;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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

    /** 200 with the object found, or 404 naming {@code what} ({@code [[transport_and_format_errors]]}). */
    public static Reply found(Optional<?> value, String what) {
        return ok(value.orElseThrow(() -> HttpError.notFound(what)));
    }

    /** As {@link #stored(Stored)}, or 404 naming {@code parent} when the object it goes into is unknown. */
    public static Reply stored(Optional<Stored> stored, String parent) {
        return stored(stored.orElseThrow(() -> new HttpError(
                404,
                OcpiStatusCode.CLIENT_ERROR,
                parent + " not found: PUT the " + parent + " before what goes into it")));
    }

    /**
     * 200 without data for an object patched, or 404 naming {@code what} when it was unknown, which tells the peer to
     * PUT it first.
     */
    public static Reply patched(boolean found, String what) {
        return okIf(found, what, "PUT the whole " + what + " before a PATCH");
    }

    /** 200 without data for an object deleted, or 404 naming {@code what} when it was unknown. */
    public static Reply deleted(boolean found, String what) {
        return okIf(found, what, "nothing to delete");
    }

    private static Reply okIf(boolean found, String what, String advice) {
        if (!found) {
            throw new HttpError(404, OcpiStatusCode.CLIENT_ERROR, what + " not found: " + advice);
        }
        return ok();
    }
}
