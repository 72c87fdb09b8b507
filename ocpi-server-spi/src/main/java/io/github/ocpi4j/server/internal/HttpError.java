package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.model.OcpiStatusCode;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * A request that fails at the HTTP level (400 malformed JSON, 401 unknown token, 404 unknown path or object, 405
 * method, 413 body too large), answered with that HTTP status and an OCPI envelope that explains it.
 */
public final class HttpError extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final OcpiStatusCode statusCode;
    private final transient @Nullable Object data;

    /** Creates the error. */
    public HttpError(int httpStatus, OcpiStatusCode statusCode, String message, @Nullable Object data) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.statusCode = statusCode;
        this.data = data;
    }

    /** Creates the error without data. */
    public HttpError(int httpStatus, OcpiStatusCode statusCode, String message) {
        this(httpStatus, statusCode, message, null);
    }

    /** 404 for an object that does not exist or belongs to another party. */
    public static HttpError notFound(String what) {
        return new HttpError(404, OcpiStatusCode.CLIENT_ERROR, what + " not found");
    }

    /** Returns the HTTP status. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Returns the OCPI status code of the envelope. */
    public OcpiStatusCode statusCode() {
        return statusCode;
    }

    /** Returns the envelope's data, if any. */
    public @Nullable Object data() {
        return data;
    }
}
