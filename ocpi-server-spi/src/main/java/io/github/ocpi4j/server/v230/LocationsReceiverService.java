package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.locations.Connector;
import io.github.ocpi4j.model.v230.locations.ConnectorPatch;
import io.github.ocpi4j.model.v230.locations.EVSE;
import io.github.ocpi4j.model.v230.locations.EVSEPatch;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.model.v230.locations.LocationPatch;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.Optional;

/**
 * The OCPI 2.3.0 Locations Receiver interface, typically an eMSP's ({@code [[mod_locations_emsp_interface]]}): a
 * partner pushes its locations, whole or an EVSE or connector at a time. A host needs only {@link #location} and
 * {@link #putLocation}: the other methods default to reading and putting the whole location, with the EVSE or
 * connector replaced and the parents' {@code last_updated} brought forward ({@code [[mod_locations_put_method]]},
 * {@code [[mod_locations_patch_method]]}); a host that stores the parts apart overrides them.
 *
 * <p>ocpi4j has checked that the URL's country code and party id are the requesting party's, that the body is
 * valid 2.3.0, and that its ids are the URL's. Called from many threads at once.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface LocationsReceiverService {

    /** Returns a location as this side stored it, or empty (HTTP 404). */
    Optional<Location> location(RequestContext ctx, CiString countryCode, CiString partyId, CiString locationId);

    /** Stores a new or replaced location. */
    Stored putLocation(RequestContext ctx, Location location);

    /** Returns an EVSE as this side stored it; by default found in {@link #location}. */
    default Optional<EVSE> evse(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString locationId, CiString evseUid) {
        return location(ctx, countryCode, partyId, locationId).flatMap(l -> Locations.evse(l, evseUid));
    }

    /** Returns a connector as this side stored it; by default found in {@link #location}. */
    default Optional<Connector> connector(
            RequestContext ctx,
            CiString countryCode,
            CiString partyId,
            CiString locationId,
            CiString evseUid,
            CiString connectorId) {
        return evse(ctx, countryCode, partyId, locationId, evseUid).flatMap(e -> Locations.connector(e, connectorId));
    }

    /**
     * Stores a new or replaced EVSE of a known location; by default by putting the location with it.
     *
     * @return whether the EVSE is new, or empty (HTTP 404) when the location is unknown
     */
    default Optional<Stored> putEvse(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString locationId, EVSE evse) {
        return location(ctx, countryCode, partyId, locationId).map(location -> {
            Stored stored = Locations.evse(location, evse.uid()).isPresent() ? Stored.UPDATED : Stored.CREATED;
            putLocation(ctx, Locations.withEvse(location, evse));
            return stored;
        });
    }

    /**
     * Stores a new or replaced connector of a known EVSE; by default by putting the location with it.
     *
     * @return whether the connector is new, or empty (HTTP 404) when the location or EVSE is unknown
     */
    default Optional<Stored> putConnector(
            RequestContext ctx,
            CiString countryCode,
            CiString partyId,
            CiString locationId,
            CiString evseUid,
            Connector connector) {
        return location(ctx, countryCode, partyId, locationId)
                .flatMap(location -> Locations.evse(location, evseUid).map(evse -> {
                    Stored stored =
                            Locations.connector(evse, connector.id()).isPresent() ? Stored.UPDATED : Stored.CREATED;
                    putLocation(ctx, Locations.withEvse(location, Locations.withConnector(evse, connector)));
                    return stored;
                }));
    }

    /**
     * Applies a PATCH to a known location; by default by putting the patched location.
     *
     * @return whether the location was known (otherwise HTTP 404)
     */
    default boolean patchLocation(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString locationId, LocationPatch patch) {
        return location(ctx, countryCode, partyId, locationId)
                .map(location -> {
                    putLocation(ctx, patch.applyTo(location));
                    return true;
                })
                .orElse(false);
    }

    /**
     * Applies a PATCH to a known EVSE; by default by putting its location with the patched EVSE and the PATCH's
     * {@code last_updated}.
     *
     * @return whether the EVSE was known (otherwise HTTP 404)
     */
    default boolean patchEvse(
            RequestContext ctx,
            CiString countryCode,
            CiString partyId,
            CiString locationId,
            CiString evseUid,
            EVSEPatch patch) {
        return location(ctx, countryCode, partyId, locationId)
                .flatMap(location -> Locations.evse(location, evseUid).map(evse -> {
                    putLocation(ctx, Locations.withEvse(location, patch.applyTo(evse)));
                    return true;
                }))
                .orElse(false);
    }

    /**
     * Applies a PATCH to a known connector; by default by putting its location with the patched connector and the
     * PATCH's {@code last_updated} on the EVSE and the location.
     *
     * @return whether the connector was known (otherwise HTTP 404)
     */
    default boolean patchConnector(
            RequestContext ctx,
            CiString countryCode,
            CiString partyId,
            CiString locationId,
            CiString evseUid,
            CiString connectorId,
            ConnectorPatch patch) {
        return location(ctx, countryCode, partyId, locationId)
                .flatMap(location -> Locations.evse(location, evseUid)
                        .flatMap(evse -> Locations.connector(evse, connectorId).map(connector -> {
                            Connector patched = patch.applyTo(connector);
                            putLocation(ctx, Locations.withEvse(location, Locations.withConnector(evse, patched)));
                            return true;
                        })))
                .orElse(false);
    }
}
