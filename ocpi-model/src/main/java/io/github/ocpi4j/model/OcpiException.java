package io.github.ocpi4j.model;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception ocpi4j throws. Unchecked, and split by what a caller can do about it: {@link
 * OcpiFormatException} (the bytes are not JSON), {@link OcpiValidationException} (the JSON breaks the
 * specification's rules), {@link OcpiStatusException} (a party answered with an OCPI error status), and the
 * client's transport and HTTP exceptions.
 */
public class OcpiException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong
     * @param cause what caused it, if anything
     */
    public OcpiException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception without a cause.
     *
     * @param message what went wrong
     */
    public OcpiException(String message) {
        super(message);
    }
}
