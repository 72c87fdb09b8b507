package io.github.ocpi4j.client.v230;

import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v230.locations.Connector;
import io.github.ocpi4j.model.v230.locations.ConnectorPatch;
import io.github.ocpi4j.model.v230.locations.EVSE;
import io.github.ocpi4j.model.v230.locations.EVSEPatch;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.model.v230.locations.LocationPatch;
import java.util.Optional;

/**
 * The partner's Locations Receiver interface, typically an eMSP's ({@code [[mod_locations_emsp_interface]]}): this
 * side pushes its locations, EVSEs and connectors, whole (PUT) or in part (PATCH). URLs carry the owner's country
 * code and party id; for a whole location they are taken from it.
 *
 * <pre>{@code
 * LocationsReceiverClient emsp = partner.v230().locationsReceiver();
 * emsp.put(location);
 * emsp.patchEvse("NL", "TNM", "LOC1", "3256", EVSEPatch.builder().status(Status.CHARGING).lastUpdated(now).build());
 * }</pre>
 */
public final class LocationsReceiverClient {

    private final ModuleCalls calls;

    LocationsReceiverClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Returns a location as the partner stored it. */
    public Optional<Location> location(String countryCode, String partyId, String locationId) {
        return calls.find(calls.url(countryCode, partyId, locationId), Location.class);
    }

    /** Returns an EVSE as the partner stored it. */
    public Optional<EVSE> evse(String countryCode, String partyId, String locationId, String evseUid) {
        return calls.find(calls.url(countryCode, partyId, locationId, evseUid), EVSE.class);
    }

    /** Returns a connector as the partner stored it. */
    public Optional<Connector> connector(
            String countryCode, String partyId, String locationId, String evseUid, String connectorId) {
        return calls.find(calls.url(countryCode, partyId, locationId, evseUid, connectorId), Connector.class);
    }

    /** Pushes a new or replaced location, to the URL of its country code, party id and id. */
    public void put(Location location) {
        Location checked = calls.valid(location);
        calls.send("PUT", calls.url(checked.countryCode(), checked.partyId(), checked.id()), checked, true);
    }

    /** Pushes a new or replaced EVSE of a location. */
    public void putEvse(String countryCode, String partyId, String locationId, EVSE evse) {
        calls.send(
                "PUT",
                calls.url(countryCode, partyId, locationId, calls.valid(evse).uid()),
                evse,
                true);
    }

    /** Pushes a new or replaced connector of an EVSE. */
    public void putConnector(
            String countryCode, String partyId, String locationId, String evseUid, Connector connector) {
        calls.send(
                "PUT",
                calls.url(
                        countryCode,
                        partyId,
                        locationId,
                        evseUid,
                        calls.valid(connector).id()),
                connector,
                true);
    }

    /** Pushes changes of a location. */
    public void patch(String countryCode, String partyId, String locationId, LocationPatch patch) {
        calls.send("PATCH", calls.url(countryCode, partyId, locationId), calls.valid(patch), false);
    }

    /** Pushes changes of an EVSE, such as its status. */
    public void patchEvse(String countryCode, String partyId, String locationId, String evseUid, EVSEPatch patch) {
        calls.send("PATCH", calls.url(countryCode, partyId, locationId, evseUid), calls.valid(patch), false);
    }

    /** Pushes changes of a connector, such as its tariffs. */
    public void patchConnector(
            String countryCode,
            String partyId,
            String locationId,
            String evseUid,
            String connectorId,
            ConnectorPatch patch) {
        calls.send(
                "PATCH", calls.url(countryCode, partyId, locationId, evseUid, connectorId), calls.valid(patch), false);
    }
}
