package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v230.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import java.util.Optional;

/**
 * The OCPI 2.3.0 Sessions Sender interface, typically a CPO's ({@code [[mod_sessions_cpo_interface]]}): a partner
 * pulls the sessions of its own drivers and sets a driver's charging preferences.
 *
 * <p>A session is the eMSP's of its {@code cdr_token}. The host returns the requesting party's sessions only
 * ({@link RequestContext#owns}); ocpi4j holds back, and logs as the host's error, any other one. Called from many threads at once.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface SessionsSenderService {

    /** Returns one page of the requesting party's sessions, oldest first. */
    PageResult<Session> sessions(RequestContext ctx, PageRequest page);

    /**
     * Sets the driver's charging preferences for a session ({@code [[mod_sessions_set_charging_preferences]]}); by
     * default {@code NOT_POSSIBLE}.
     *
     * @return the answer, or empty (HTTP 404) when the session is unknown
     */
    default Optional<ChargingPreferencesResponse> setChargingPreferences(
            RequestContext ctx, CiString sessionId, ChargingPreferences preferences) {
        return Optional.of(ChargingPreferencesResponse.NOT_POSSIBLE);
    }
}
