package io.github.ocpi4j.client;

import java.io.IOException;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * The partner could not be reached, or the connection failed or timed out, after the retries the call allows.
 * Safe to retry later for reads and PUTs; for POSTs and PATCHes check the partner's state first.
 */
public final class OcpiTransportException extends OcpiExchangeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; ocpi4j throws it, and tests of code that handles it may create it.
     */
    public OcpiTransportException(
            IOException cause, String method, String url, @Nullable String requestId, @Nullable String correlationId) {
        super(describe(cause), cause, method, url, requestId, correlationId);
    }

    private static String describe(IOException cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
