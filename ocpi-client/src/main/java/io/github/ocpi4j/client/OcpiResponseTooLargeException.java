package io.github.ocpi4j.client;

import java.io.Serial;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The partner's answer to a call was larger than the client accepts: more bytes than {@link
 * OcpiClient.Builder#maxResponseBytes}, or more JSON array elements than {@link
 * OcpiClient.Builder#maxResponseElements} ({@link #exceeded()} says which). The client stopped reading it at the
 * limit, or did not start when {@code Content-Length} announced more bytes. Such a call is not tried again. A caller
 * raises the limit, or asks for smaller pages ({@link ListQuery#limit}).
 */
public final class OcpiResponseTooLargeException extends OcpiExchangeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The limits of the client on the size of an answer. */
    public enum Limit {
        /** The bytes of the body, {@link OcpiClient.Builder#maxResponseBytes}. */
        BYTES,
        /** The elements of all the JSON arrays of the body together, {@link OcpiClient.Builder#maxResponseElements}. */
        ELEMENTS
    }

    private final int httpStatus;
    private final Limit exceeded;
    private final long limit;
    private final long contentLength;

    /**
     * Creates the exception for a body beyond the limit of bytes; ocpi4j throws it, and tests of code that handles it
     * may create it.
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
        this(httpStatus, Limit.BYTES, limit, contentLength, method, url, requestId, correlationId);
    }

    /**
     * Creates the exception; ocpi4j throws it, and tests of code that handles it may create it.
     *
     * @param httpStatus the HTTP status of the response
     * @param exceeded the limit the body went beyond
     * @param limit the value of that limit: the most bytes or array elements the client accepts
     * @param contentLength the {@code Content-Length} the partner announced, or -1 when it announced none
     * @param method the HTTP method of the call
     * @param url the URL of the call
     * @param requestId the X-Request-ID of the call
     * @param correlationId the X-Correlation-ID of the call
     */
    public OcpiResponseTooLargeException(
            int httpStatus,
            Limit exceeded,
            long limit,
            long contentLength,
            String method,
            String url,
            @Nullable String requestId,
            @Nullable String correlationId) {
        super(describe(httpStatus, exceeded, limit, contentLength), null, method, url, requestId, correlationId);
        this.httpStatus = httpStatus;
        this.exceeded = Objects.requireNonNull(exceeded, "exceeded");
        this.limit = limit;
        this.contentLength = contentLength;
    }

    /** Returns the HTTP status code of the response. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Returns which limit the body went beyond. */
    public Limit exceeded() {
        return exceeded;
    }

    /** Returns the value of the limit the body went beyond: the most bytes, or array elements, the client accepts. */
    public long limit() {
        return limit;
    }

    /** Returns the {@code Content-Length} the partner announced, or -1 when it announced none. */
    public long contentLength() {
        return contentLength;
    }

    private static String describe(int httpStatus, Limit exceeded, long limit, long contentLength) {
        if (exceeded == Limit.ELEMENTS) {
            return "HTTP " + httpStatus + " with a body of more than " + limit + " JSON array elements, the client's"
                    + " limit; raise it with OcpiClient.Builder.maxResponseElements";
        }
        String size = contentLength >= 0 ? "of " + contentLength + " bytes (Content-Length), more than" : "longer than";
        return "HTTP " + httpStatus + " with a body " + size + " the client's limit of " + limit
                + " bytes; raise it with OcpiClient.Builder.maxResponseBytes";
    }
}
