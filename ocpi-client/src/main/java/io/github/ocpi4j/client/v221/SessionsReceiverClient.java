package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionPatch;
import java.util.Optional;

/**
 * The partner's Sessions Receiver interface, typically an eMSP's ({@code [[mod_sessions_msp_interface]]}): this side
 * pushes sessions as they progress, whole (PUT) or in part (PATCH, which adds charging periods).
 *
 * <pre>{@code
 * SessionsReceiverClient emsp = partner.v221().sessionsReceiver();
 * emsp.put(session);
 * emsp.patch("NL", "TNM", session.id().value(), SessionPatch.builder().kwh(kwh).lastUpdated(now).build());
 * }</pre>
 */
public final class SessionsReceiverClient {

    private final ModuleCalls calls;

    SessionsReceiverClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Returns a session as the partner stored it. */
    public Optional<Session> session(String countryCode, String partyId, String sessionId) {
        return calls.find(calls.url(countryCode, partyId, sessionId), Session.class);
    }

    /** Pushes a new or replaced session, to the URL of its country code, party id and id. */
    public void put(Session session) {
        Session checked = calls.valid(session);
        calls.send("PUT", calls.url(checked.countryCode(), checked.partyId(), checked.id()), checked, true);
    }

    /** Pushes changes of a session. */
    public void patch(String countryCode, String partyId, String sessionId, SessionPatch patch) {
        calls.send("PATCH", calls.url(countryCode, partyId, sessionId), calls.valid(patch), false);
    }
}
