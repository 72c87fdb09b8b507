package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionPatch;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.Optional;

/**
 * The Sessions Receiver interface, typically an eMSP's ({@code [[mod_sessions_msp_interface]]}): partners push
 * sessions as they progress. ocpi4j has checked that the URL's country code and party id belong to the requesting
 * party and match the body.
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
