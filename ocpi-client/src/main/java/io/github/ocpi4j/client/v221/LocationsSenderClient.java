package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.Location;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The partner's Locations Sender interface, typically a CPO's ({@code [[mod_locations_cpo_interface]]}): its
 * locations, page by page or all of them, and single locations, EVSEs and connectors.
 *
 * <pre>{@code
 * try (Stream<Location> all = partner.v221().locationsSender().stream(ListQuery.all())) {
 *     all.forEach(repository::upsert);
 * }
 * Optional<EVSE> evse = partner.v221().locationsSender().evse("LOC1", "3256");
 * }</pre>
 */
public final class LocationsSenderClient {

    private final ModuleCalls calls;

    LocationsSenderClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Returns one page of locations. */
    public Page<Location> page(ListQuery query) {
        return calls.page(query, Location.class);
    }

    /** Returns the page at a previous page's {@link Page#nextUrl()}. */
    public Page<Location> page(String url) {
        return calls.pageAt(url, Location.class);
    }

    /** Returns every location of every page, fetched as the stream is consumed. */
    public Stream<Location> stream(ListQuery query) {
        return calls.stream(query, Location.class);
    }

    /** Returns a location, or empty if the partner does not know it. */
    public Optional<Location> location(String locationId) {
        return calls.find(calls.url(locationId), Location.class);
    }

    /** Returns an EVSE of a location. */
    public Optional<EVSE> evse(String locationId, String evseUid) {
        return calls.find(calls.url(locationId, evseUid), EVSE.class);
    }

    /** Returns a connector of an EVSE. */
    public Optional<Connector> connector(String locationId, String evseUid, String connectorId) {
        return calls.find(calls.url(locationId, evseUid, connectorId), Connector.class);
    }
}
