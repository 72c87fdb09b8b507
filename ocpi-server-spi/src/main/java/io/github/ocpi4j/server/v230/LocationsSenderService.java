package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.locations.Connector;
import io.github.ocpi4j.model.v230.locations.EVSE;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import java.util.Optional;

/**
 * The OCPI 2.3.0 Locations Sender interface, typically a CPO's ({@code [[mod_locations_cpo_interface]]}): a
 * partner pulls the host's locations, a page or one at a time. An EVSE or connector is looked up in its location
 * unless the host overrides {@link #evse} and {@link #connector}. Called from many threads at once.
 *
 * <pre>{@code
 * LocationsSenderService locations = new LocationsSenderService() {
 *     public PageResult<Location> locations(RequestContext ctx, PageRequest page) {
 *         return PageResult.of(repository.all(), page, Location::lastUpdated);
 *     }
 *     public Optional<Location> location(RequestContext ctx, CiString locationId) {
 *         return repository.find(locationId);
 *     }
 * };
 * }</pre>
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface LocationsSenderService {

    /** Returns one page of the locations the requesting party may see, oldest first. */
    PageResult<Location> locations(RequestContext ctx, PageRequest page);

    /** Returns a location, or empty (HTTP 404) if there is none with this id. */
    Optional<Location> location(RequestContext ctx, CiString locationId);

    /** Returns an EVSE of a location; by default found in {@link #location}. */
    default Optional<EVSE> evse(RequestContext ctx, CiString locationId, CiString evseUid) {
        return location(ctx, locationId).flatMap(l -> Locations.evse(l, evseUid));
    }

    /** Returns a connector of an EVSE; by default found in {@link #location}. */
    default Optional<Connector> connector(
            RequestContext ctx, CiString locationId, CiString evseUid, CiString connectorId) {
        return evse(ctx, locationId, evseUid).flatMap(e -> Locations.connector(e, connectorId));
    }
}
