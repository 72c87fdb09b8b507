package io.github.ocpi4j.model;

import java.io.Serial;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An OCPI error status ({@code [[status_codes_status_codes]]}): 2xxx when the client sent something wrong, 3xxx
 * when the server failed, 4xxx when a hub could not route.
 *
 * <p>A server's host code throws it to answer with that status ({@code throw
 * OcpiStatusException.unknownLocation("no location LOC9")}); the client throws it when a partner answers with
 * one, and then it also carries the request and correlation ids to quote to the partner.
 */
public class OcpiStatusException extends OcpiException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final OcpiStatusCode statusCode;
    private final @Nullable String statusMessage;
    private final @Nullable String requestId;
    private final @Nullable String correlationId;
    private final int httpStatus;

    /**
     * Creates the exception for a status a partner answered with.
     *
     * @param statusCode the OCPI status code, not a success code
     * @param statusMessage the status message of the response, if any
     * @param requestId the X-Request-ID of the exchange, if known
     * @param correlationId the X-Correlation-ID of the exchange, if known
     * @param httpStatus the HTTP status of the response, or 0 when there is none
     */
    public OcpiStatusException(
            OcpiStatusCode statusCode,
            @Nullable String statusMessage,
            @Nullable String requestId,
            @Nullable String correlationId,
            int httpStatus) {
        super(describe(statusCode, statusMessage, requestId, correlationId));
        this.statusCode = Objects.requireNonNull(statusCode, "statusCode");
        this.statusMessage = statusMessage;
        this.requestId = requestId;
        this.correlationId = correlationId;
        this.httpStatus = httpStatus;
    }

    /**
     * Creates the exception a host throws to answer with this status.
     *
     * @param statusCode the OCPI status code
     * @param statusMessage the message for the other party
     */
    public OcpiStatusException(OcpiStatusCode statusCode, String statusMessage) {
        this(statusCode, statusMessage, null, null, 0);
    }

    /** 2001: the request's parameters or body are invalid or incomplete. */
    public static OcpiStatusException invalidOrMissingParameters(String message) {
        return new OcpiStatusException(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS, message);
    }

    /** 2002: the request lacks information needed to answer it. */
    public static OcpiStatusException notEnoughInformation(String message) {
        return new OcpiStatusException(OcpiStatusCode.NOT_ENOUGH_INFORMATION, message);
    }

    /** 2003: the request names a location this party does not know. */
    public static OcpiStatusException unknownLocation(String message) {
        return new OcpiStatusException(OcpiStatusCode.UNKNOWN_LOCATION, message);
    }

    /** 2004: the request names a token this party does not know. */
    public static OcpiStatusException unknownToken(String message) {
        return new OcpiStatusException(OcpiStatusCode.UNKNOWN_TOKEN, message);
    }

    /** 3000: the server failed to process a valid request. */
    public static OcpiStatusException serverError(String message) {
        return new OcpiStatusException(OcpiStatusCode.SERVER_ERROR, message);
    }

    /** Returns the OCPI status code. */
    public OcpiStatusCode statusCode() {
        return statusCode;
    }

    /** Returns the status message, if any. */
    public @Nullable String statusMessage() {
        return statusMessage;
    }

    /** Returns the X-Request-ID of the exchange, if known. */
    public @Nullable String requestId() {
        return requestId;
    }

    /** Returns the X-Correlation-ID of the exchange, if known. */
    public @Nullable String correlationId() {
        return correlationId;
    }

    /** Returns the HTTP status of the response that carried this status, or 0 when there is none. */
    public int httpStatus() {
        return httpStatus;
    }

    private static String describe(
            OcpiStatusCode code, @Nullable String message, @Nullable String requestId, @Nullable String correlationId) {
        StringBuilder s = new StringBuilder("OCPI status ").append(code.code());
        if (message != null && !message.isEmpty()) {
            s.append(": ").append(message);
        } else {
            s.append(" (").append(code.description()).append(')');
        }
        if (requestId != null) {
            s.append(" [X-Request-ID ").append(requestId);
            if (correlationId != null) {
                s.append(", X-Correlation-ID ").append(correlationId);
            }
            s.append(']');
        }
        return s.toString();
    }
}
