package io.github.ocpi4j.client;

import io.github.ocpi4j.model.Violation;
import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The partner answered a call successfully at the HTTP level, but its body is not an OCPI response: not JSON, or
 * JSON without the envelope's {@code status_code}. The violations say what was wrong and where.
 */
public final class OcpiUnreadableResponseException extends OcpiExchangeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final List<Violation> violations;

    /**
     * Creates the exception; ocpi4j throws it, and tests of code that handles it may create it.
     */
    public OcpiUnreadableResponseException(
            int httpStatus,
            List<Violation> violations,
            String method,
            String url,
            @Nullable String requestId,
            @Nullable String correlationId) {
        super(
                "HTTP " + httpStatus + " with a body that is not an OCPI response: "
                        + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")),
                null,
                method,
                url,
                requestId,
                correlationId);
        this.httpStatus = httpStatus;
        this.violations = List.copyOf(violations);
    }

    /** Returns the HTTP status code of the response. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Returns what was wrong with the body. */
    public List<Violation> violations() {
        return violations;
    }
}
