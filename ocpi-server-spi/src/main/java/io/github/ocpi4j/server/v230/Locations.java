package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.locations.Connector;
import io.github.ocpi4j.model.v230.locations.EVSE;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.server.internal.ChildObjects;
import java.util.Optional;

/**
 * Finds and replaces the EVSEs and connectors of an OCPI 2.3.0 location, keeping the parents' {@code last_updated}
 * no older than a pushed EVSE's or connector's ({@code [[mod_locations_put_method]]}). Stateless and thread-safe.
 */
public final class Locations {
    private Locations() {}

    /** Returns the EVSE of a location with this uid. */
    public static Optional<EVSE> evse(Location location, CiString evseUid) {
        return location.evses().stream().filter(e -> evseUid.equals(e.uid())).findFirst();
    }

    /** Returns the connector of an EVSE with this id. */
    public static Optional<Connector> connector(EVSE evse, CiString connectorId) {
        return evse.connectors().stream()
                .filter(c -> connectorId.equals(c.id()))
                .findFirst();
    }

    /**
     * Returns the location with this EVSE added or replacing the one with its uid, and the location's {@code
     * last_updated} the EVSE's if that is later.
     */
    public static Location withEvse(Location location, EVSE evse) {
        return location.toBuilder()
                .evses(ChildObjects.withReplaced(location.evses(), evse, EVSE::uid))
                .lastUpdated(ChildObjects.later(location.lastUpdated(), evse.lastUpdated()))
                .build();
    }

    /**
     * Returns the EVSE with this connector added or replacing the one with its id, and the EVSE's {@code
     * last_updated} the connector's if that is later.
     */
    public static EVSE withConnector(EVSE evse, Connector connector) {
        return evse.toBuilder()
                .connectors(ChildObjects.withReplaced(evse.connectors(), connector, Connector::id))
                .lastUpdated(ChildObjects.later(evse.lastUpdated(), connector.lastUpdated()))
                .build();
    }
}
