package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions in memory, both roles. As a Sender it returns all of {@link #own} whoever asks (a careless host), and
 * answers charging preferences for its sessions with {@link #preferencesAnswer}. As a Receiver it implements only
 * what the interface requires, so PATCH goes through the default.
 */
class InMemorySessions implements SessionsSenderService, SessionsReceiverService {
    final List<Session> own = new ArrayList<>();
    final Map<String, ChargingPreferences> preferences = new LinkedHashMap<>();
    ChargingPreferencesResponse preferencesAnswer = ChargingPreferencesResponse.ACCEPTED;
    final Map<String, Session> received = new LinkedHashMap<>();
    final List<Session> puts = new ArrayList<>();

    @Override
    public PageResult<Session> sessions(RequestContext ctx, PageRequest page) {
        return PageResult.of(own, page, Session::lastUpdated);
    }

    @Override
    public Optional<ChargingPreferencesResponse> setChargingPreferences(
            RequestContext ctx, CiString sessionId, ChargingPreferences preferences) {
        if (own.stream().noneMatch(s -> s.id().equals(sessionId))) {
            return Optional.empty();
        }
        this.preferences.put(sessionId.value(), preferences);
        return Optional.of(preferencesAnswer);
    }

    @Override
    public Optional<Session> session(RequestContext ctx, CiString countryCode, CiString partyId, CiString sessionId) {
        return Optional.ofNullable(received.get(key(countryCode, partyId, sessionId)));
    }

    @Override
    public Stored putSession(RequestContext ctx, Session session) {
        puts.add(session);
        Session old = received.put(key(session.countryCode(), session.partyId(), session.id()), session);
        return old == null ? Stored.CREATED : Stored.UPDATED;
    }

    /** Stores a session as if a partner had pushed it, without counting it as a PUT. */
    void receive(Session session) {
        received.put(key(session.countryCode(), session.partyId(), session.id()), session);
    }

    private static String key(CiString countryCode, CiString partyId, CiString id) {
        return (countryCode + "/" + partyId + "/" + id).toUpperCase(Locale.ROOT);
    }
}
