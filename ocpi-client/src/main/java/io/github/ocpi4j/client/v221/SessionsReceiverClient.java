package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Pager;
import io.github.ocpi4j.client.internal.Transport;
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
public final class SessionsReceiverClient extends ModuleClient {

    SessionsReceiverClient(Transport transport, Pager pager, Access access, String endpoint) {
        super(transport, pager, access, endpoint);
    }

    /** Returns a session as the partner stored it. */
    public Optional<Session> session(String countryCode, String partyId, String sessionId) {
        return find(url(countryCode, partyId, sessionId), Session.class);
    }

    /** Pushes a new or replaced session, to the URL of its country code, party id and id. */
    public void put(Session session) {
        Session checked = valid(session);
        send("PUT", url(checked.countryCode(), checked.partyId(), checked.id()), checked, true);
    }

    /** Pushes changes of a session. */
    public void patch(String countryCode, String partyId, String sessionId, SessionPatch patch) {
        send("PATCH", url(countryCode, partyId, sessionId), valid(patch), false);
    }
}
