package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.client.CallOptions;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Partner;
import org.jspecify.annotations.Nullable;

/**
 * The credentials handshake's calls back to a registering party, through ocpi-client. The client, and with it OkHttp,
 * is reached only when a party registers or updates its credentials: a server that only serves runs without OkHttp
 * on the class path. The client the host gave is used; else one is created at the first handshake and closed with
 * the server. Thread-safe.
 */
public final class CallBack implements AutoCloseable {
    private final @Nullable OcpiClient given;
    private @Nullable OcpiClient created;
    private boolean closed;

    /**
     * Creates the call back.
     *
     * @param given the host's client, which the server leaves open, or {@code null} to create one when needed
     */
    public CallBack(@Nullable OcpiClient given) {
        this.given = given;
    }

    /**
     * Fetches a party's versions and its endpoints of exactly one version, with the token it gave.
     *
     * @throws IllegalStateException when ocpi-client's HTTP client cannot be loaded (OkHttp missing from the class
     *     path), or the server is closed
     */
    public Partner connect(String versionsUrl, String token, boolean plainToken, String version) {
        return client().connect(versionsUrl, token, plainToken, CallOptions.NONE, version);
    }

    private synchronized OcpiClient client() {
        if (given != null) {
            return given;
        }
        if (closed) {
            throw new IllegalStateException("the OCPI server is closed: it calls no partner back");
        }
        if (created == null) {
            try {
                created = OcpiClient.builder().build();
            } catch (LinkageError e) {
                throw new IllegalStateException(
                        "the credentials handshake calls the registering party back with ocpi-client, which needs"
                                + " OkHttp (com.squareup.okhttp3:okhttp-jvm) on the class path: " + e,
                        e);
            }
        }
        return created;
    }

    /** Closes the client this call back created, if any; a client the host gave stays open. */
    @Override
    public synchronized void close() {
        closed = true;
        if (created != null) {
            created.close();
            created = null;
        }
    }

    /** Returns whether this call back created a client that is still open, for tests. */
    synchronized boolean holdsClient() {
        return created != null;
    }
}
