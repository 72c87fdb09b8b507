package io.github.ocpi4j.examples;

import java.io.Serial;

/** A command line that cannot be run as given; its message says why. */
final class UsageException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
