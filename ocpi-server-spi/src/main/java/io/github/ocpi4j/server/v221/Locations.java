package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finding and replacing EVSEs and connectors inside their location, keeping the parents' {@code last_updated} as
 * {@code [[mod_locations_put_method]]} requires: a pushed EVSE or connector makes its parents as new as itself.
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
                .evses(withReplaced(location.evses(), evse, EVSE::uid))
                .lastUpdated(later(location.lastUpdated(), evse.lastUpdated()))
                .build();
    }

    /**
     * Returns the EVSE with this connector added or replacing the one with its id, and the EVSE's {@code
     * last_updated} the connector's if that is later.
     */
    public static EVSE withConnector(EVSE evse, Connector connector) {
        return evse.toBuilder()
                .connectors(withReplaced(evse.connectors(), connector, Connector::id))
                .lastUpdated(later(evse.lastUpdated(), connector.lastUpdated()))
                .build();
    }

    /** Returns the items with this one replacing the first of the same id, or added at the end. */
    private static <T> List<T> withReplaced(List<T> items, T item, Function<T, CiString> id) {
        List<T> replaced = new ArrayList<>(items);
        for (int k = 0; k < replaced.size(); k++) {
            if (id.apply(item).equals(id.apply(replaced.get(k)))) {
                replaced.set(k, item);
                return replaced;
            }
        }
        replaced.add(item);
        return replaced;
    }

    private static java.time.Instant later(java.time.Instant a, java.time.Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
