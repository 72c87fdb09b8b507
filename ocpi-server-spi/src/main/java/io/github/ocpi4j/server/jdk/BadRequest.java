package io.github.ocpi4j.server.jdk;

import java.io.Serial;

/**
 * A request the connector answers itself, with an HTTP status and a short message of ours, and then closes the
 * connection: malformed, too large, too slow, or of a version it does not speak. Never reaches the client as
 * anything but that status and message.
 */
final class BadRequest extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;

    BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    BadRequest(String message) {
        this(400, message);
    }

    /** Returns the HTTP status to answer. */
    int status() {
        return status;
    }
}
