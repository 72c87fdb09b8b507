package io.github.ocpi4j.model;

import java.io.Serial;
import java.util.List;

/**
 * Thrown when bytes that should hold an OCPI message are not JSON at all, or are cut short. On a server this is
 * HTTP {@code 400 Bad Request}; on a client, an unreadable response. The violation says where the JSON breaks.
 */
public class OcpiFormatException extends OcpiValidationException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param violations where and how the JSON is malformed
     */
    public OcpiFormatException(List<Violation> violations) {
        super(violations);
    }
}
