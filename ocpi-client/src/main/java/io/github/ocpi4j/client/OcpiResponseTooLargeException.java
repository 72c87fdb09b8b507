package io.github.ocpi4j.client;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * The partner's answer to a call was larger than the client accepts ({@link OcpiClient.Builder#maxResponseBytes}):
 * the client stopped reading it at the limit, or did not start when {@code Content-Length} announced more. Such a
 * call is not tried again. A caller raises the limit, or asks for smaller pages ({@link ListQuery#limit}).
 */
public final class OcpiResponseTooLargeException extends OcpiExchangeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final long limit;
    private final long contentLength;

    /**
     * Creates the exception; ocpi4j throws it, and tests of code that handles it may create it.
     *
     * @param httpStatus the HTTP status of the response
     * @param limit the most bytes the client accepts
     * @param contentLength the {@code Content-Length} the partner announced, or -1 when it announced none
     * @param method the HTTP method of the call
     * @param url the URL of the call
     * @param requestId the X-Request-ID of the call
     * @param correlationId the X-Correlation-ID of the call
     */
    public OcpiResponseTooLargeException(
            int httpStatus,
            long limit,
            long contentLength,
            String method,
            String url,
            @Nullable String requestId,
            @Nullable String correlationId) {
        super(describe(httpStatus, limit, contentLength), null, method, url, requestId, correlationId);
        this.httpStatus = httpStatus;
        this.limit = limit;
        this.contentLength = contentLength;
    }

    /** Returns the HTTP status code of the response. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Returns the most bytes the client accepts in a response body. */
    public long limit() {
        return limit;
    }

    /** Returns the {@code Content-Length} the partner announced, or -1 when it announced none. */
    public long contentLength() {
        return contentLength;
    }

    private static String describe(int httpStatus, long limit, long contentLength) {
        String size = contentLength >= 0 ? "of " + contentLength + " bytes (Content-Length), more than" : "longer than";
        return "HTTP " + httpStatus + " with a body " + size + " the client's limit of " + limit
                + " bytes; raise it with OcpiClient.Builder.maxResponseBytes";
    }
}
