package io.github.ocpi4j.client;

import io.github.ocpi4j.model.OcpiException;
import java.io.Serial;

/** The partner and ocpi4j share no OCPI version, or the partner lacks an endpoint this side needs. */
public final class OcpiNegotiationException extends OcpiException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what the partner offers and what was needed
     */
    public OcpiNegotiationException(String message) {
        super(message);
    }
}
