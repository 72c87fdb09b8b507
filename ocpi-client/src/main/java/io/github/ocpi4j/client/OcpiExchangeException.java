package io.github.ocpi4j.client;

import io.github.ocpi4j.model.OcpiException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * A call to a partner that failed before it gave an OCPI answer: the base of {@link OcpiTransportException}, {@link
 * OcpiHttpException}, {@link OcpiUnreadableResponseException} and {@link OcpiResponseTooLargeException}. It names the call and carries the ids to quote to
 * the partner.
 */
public abstract class OcpiExchangeException extends OcpiException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String url;
    private final @Nullable String requestId;
    private final @Nullable String correlationId;

    protected OcpiExchangeException(
            String message,
            @Nullable Throwable cause,
            String method,
            String url,
            @Nullable String requestId,
            @Nullable String correlationId) {
        super(method + " " + url + ": " + message + ids(requestId, correlationId), cause);
        this.method = method;
        this.url = url;
        this.requestId = requestId;
        this.correlationId = correlationId;
    }

    /** Returns the HTTP method of the call. */
    public String method() {
        return method;
    }

    /** Returns the URL of the call. */
    public String url() {
        return url;
    }

    /** Returns the X-Request-ID of the last attempt, if one was sent. */
    public @Nullable String requestId() {
        return requestId;
    }

    /** Returns the X-Correlation-ID of the call, if one was sent. */
    public @Nullable String correlationId() {
        return correlationId;
    }

    private static String ids(@Nullable String requestId, @Nullable String correlationId) {
        return requestId == null ? "" : " [X-Request-ID " + requestId + ", X-Correlation-ID " + correlationId + "]";
    }
}
