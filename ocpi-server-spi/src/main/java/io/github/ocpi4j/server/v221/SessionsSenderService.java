package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import java.util.Optional;

/**
 * The Sessions Sender interface, typically a CPO's ({@code [[mod_sessions_cpo_interface]]}): partners pull the
 * sessions of their own customers, and set a driver's charging preferences.
 *
 * <p>A session belongs to the eMSP of its {@code cdr_token}. The host returns only the requesting party's sessions
 * ({@link RequestContext#owns}); ocpi4j withholds any other one it is given, and logs that as a host error.
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
