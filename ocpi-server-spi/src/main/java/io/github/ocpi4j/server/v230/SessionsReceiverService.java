package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.sessions.SessionPatch;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.Optional;

/**
 * The OCPI 2.3.0 Sessions Receiver interface, typically an eMSP's ({@code [[mod_sessions_emsp_interface]]}): a
 * partner pushes its sessions while they run. ocpi4j has checked that the URL's country code and party id are the
 * requesting party's and that the body's ids are the URL's. Called from many threads at once.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface SessionsReceiverService {

    /** Returns a session as this side stored it, or empty (HTTP 404). */
    Optional<Session> session(RequestContext ctx, CiString countryCode, CiString partyId, CiString sessionId);

    /** Stores a new or replaced session. */
    Stored putSession(RequestContext ctx, Session session);

    /**
     * Applies a PATCH to a known session: its charging periods are added to the stored ones ({@code
     * [[mod_sessions_patch_method]]}); by default by putting the patched session.
     *
     * @return whether the session was known (otherwise HTTP 404)
     */
    default boolean patchSession(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString sessionId, SessionPatch patch) {
        return session(ctx, countryCode, partyId, sessionId)
                .map(session -> {
                    putSession(ctx, patch.applyTo(session));
                    return true;
                })
                .orElse(false);
    }
}
