package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Pager;
import io.github.ocpi4j.client.internal.Transport;
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
public final class SessionsSenderClient extends ModuleClient {

    SessionsSenderClient(Transport transport, Pager pager, Access access, String endpoint) {
        super(transport, pager, access, endpoint);
    }

    /**
     * Returns one page of sessions.
     *
     * @throws IllegalArgumentException if the query has no {@code date_from}, which this list requires ({@code
     *     [[mod_sessions_cpo_get_request_parameters]]})
     */
    public Page<Session> page(ListQuery query) {
        return page(withDateFrom(query), Session.class);
    }

    /** Returns the page at a previous page's {@link Page#nextUrl()}. */
    public Page<Session> page(String url) {
        return pageAt(url, Session.class);
    }

    /**
     * Returns every session of every page, fetched as the stream is consumed.
     *
     * @throws IllegalArgumentException if the query has no {@code date_from}, which this list requires ({@code
     *     [[mod_sessions_cpo_get_request_parameters]]})
     */
    public Stream<Session> stream(ListQuery query) {
        return stream(withDateFrom(query), Session.class);
    }

    /** Unlike the other lists, the list of sessions requires {@code date_from}. */
    private static ListQuery withDateFrom(ListQuery query) {
        if (query.dateFrom() == null) {
            throw new IllegalArgumentException(
                    "the sessions list requires date_from (mod_sessions_cpo_get_request_parameters): " + query);
        }
        return query;
    }

    /**
     * Sets the driver's charging preferences for a session ({@code [[mod_sessions_set_charging_preferences]]}) and
     * returns whether the CPO accepted them.
     */
    public ChargingPreferencesResponse setChargingPreferences(String sessionId, ChargingPreferences preferences) {
        return exchange(
                "PUT",
                url(sessionId, "charging_preferences"),
                valid(preferences),
                ChargingPreferencesResponse.class,
                true);
    }
}
