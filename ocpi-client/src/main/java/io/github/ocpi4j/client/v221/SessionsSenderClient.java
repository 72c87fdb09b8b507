package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v221.sessions.Session;
import java.util.stream.Stream;

/**
 * The partner's Sessions Sender interface, typically a CPO's ({@code [[mod_sessions_cpo_interface]]}): its sessions
 * of this side's customers, and the driver's charging preferences for one.
 *
 * <pre>{@code
 * partner.v221().sessionsSender().stream(ListQuery.all().dateFrom(lastSync)).forEach(this::store);
 * }</pre>
 */
public final class SessionsSenderClient {

    private final ModuleCalls calls;

    SessionsSenderClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /**
     * Returns one page of sessions.
     *
     * @throws IllegalArgumentException if the query has no {@code date_from}, which this list requires ({@code
     *     [[mod_sessions_cpo_get_request_parameters]]})
     */
    public Page<Session> page(ListQuery query) {
        return calls.page(withDateFrom(query), Session.class);
    }

    /** Returns the page at a previous page's {@link Page#nextUrl()}. */
    public Page<Session> page(String url) {
        return calls.pageAt(url, Session.class);
    }

    /**
     * Returns every session of every page, fetched as the stream is consumed.
     *
     * @throws IllegalArgumentException if the query has no {@code date_from}, which this list requires ({@code
     *     [[mod_sessions_cpo_get_request_parameters]]})
     */
    public Stream<Session> stream(ListQuery query) {
        return calls.stream(withDateFrom(query), Session.class);
    }

    /** Unlike the other lists, the list of sessions requires {@code date_from}. */
    private ListQuery withDateFrom(ListQuery query) {
        return calls.withDateFrom(query, "mod_sessions_cpo_get_request_parameters");
    }

    /**
     * Sets the driver's charging preferences for a session ({@code [[mod_sessions_set_charging_preferences]]}) and
     * returns whether the CPO accepted them.
     */
    public ChargingPreferencesResponse setChargingPreferences(String sessionId, ChargingPreferences preferences) {
        return calls.exchange(
                "PUT",
                calls.url(sessionId, "charging_preferences"),
                calls.valid(preferences),
                ChargingPreferencesResponse.class,
                true);
    }
}
