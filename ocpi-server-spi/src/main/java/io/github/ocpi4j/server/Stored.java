package io.github.ocpi4j.server;

/**
 * What a PUT or POST did: ocpi4j answers {@code 201 Created} for a new object and {@code 200 OK} for one that
 * existed ({@code [[status_codes_status_codes]]}).
 */
public enum Stored {
    /** The object is new. */
    CREATED,
    /** The object existed and was replaced. */
    UPDATED
}
