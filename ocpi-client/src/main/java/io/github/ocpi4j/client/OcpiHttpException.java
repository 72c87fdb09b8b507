package io.github.ocpi4j.client;

import io.github.ocpi4j.model.OcpiStatusCode;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * The partner answered with an HTTP error status ({@code 401 Unauthorized}, {@code 404 Not Found}, {@code 405
 * Method Not Allowed}, a 5xx, ...). If the body held an OCPI envelope, its status code and message are kept too.
 */
public final class OcpiHttpException extends OcpiExchangeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final @Nullable OcpiStatusCode statusCode;
    private final @Nullable String statusMessage;

    /**
     * Creates the exception; ocpi4j throws it, and tests of code that handles it may create it.
     */
    public OcpiHttpException(
            int httpStatus,
            @Nullable OcpiStatusCode statusCode,
            @Nullable String statusMessage,
            String method,
            String url,
            @Nullable String requestId,
            @Nullable String correlationId) {
        super(describe(httpStatus, statusCode, statusMessage), null, method, url, requestId, correlationId);
        this.httpStatus = httpStatus;
        this.statusCode = statusCode;
        this.statusMessage = statusMessage;
    }

    /** Returns the HTTP status code, such as 401. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Returns the OCPI status code of the body, if it held an envelope. */
    public @Nullable OcpiStatusCode statusCode() {
        return statusCode;
    }

    /** Returns the OCPI status message of the body, if it held one. */
    public @Nullable String statusMessage() {
        return statusMessage;
    }

    private static String describe(
            int httpStatus, @Nullable OcpiStatusCode statusCode, @Nullable String statusMessage) {
        StringBuilder s = new StringBuilder("HTTP ").append(httpStatus);
        if (statusCode != null) {
            s.append(", OCPI status ").append(statusCode.code());
        }
        if (statusMessage != null && !statusMessage.isEmpty()) {
            s.append(": ").append(statusMessage);
        }
        return s.toString();
    }
}
