package io.github.ocpi4j.client;

import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.Violation;
import java.io.Serial;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * In strict mode: the partner's response data breaks rules of the specification. Every violation is listed with
 * its path from the envelope ({@code data[3].evses[0].status}). A lenient client reports these to its {@link
 * ViolationListener} and returns the data instead.
 */
public final class OcpiResponseValidationException extends OcpiValidationException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String url;
    private final @Nullable String requestId;
    private final @Nullable String correlationId;

    /**
     * Creates the exception; ocpi4j throws it, and tests of code that handles it may create it.
     */
    public OcpiResponseValidationException(
            List<Violation> violations, String url, @Nullable String requestId, @Nullable String correlationId) {
        super(violations);
        this.url = url;
        this.requestId = requestId;
        this.correlationId = correlationId;
    }

    /** Returns the URL of the call. */
    public String url() {
        return url;
    }

    /** Returns the X-Request-ID of the call. */
    public @Nullable String requestId() {
        return requestId;
    }

    /** Returns the X-Correlation-ID of the call. */
    public @Nullable String correlationId() {
        return correlationId;
    }

    @Override
    public String getMessage() {
        return url + ": " + super.getMessage() + (requestId == null ? "" : " [X-Request-ID " + requestId + "]");
    }
}
