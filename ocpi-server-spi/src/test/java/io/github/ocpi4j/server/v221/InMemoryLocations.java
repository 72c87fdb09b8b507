package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Locations in memory, both roles: the host's own for the Sender interface, partners' pushed ones for the Receiver.
 * It implements only what the interfaces require, so EVSEs and connectors go through their defaults.
 */
public class InMemoryLocations implements LocationsSenderService, LocationsReceiverService {
    public final List<Location> own = new ArrayList<>();
    public final Map<String, Location> received = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    public final List<RequestContext> contexts = new ArrayList<>();
    final List<PageRequest> pages = new ArrayList<>();
    final List<Location> puts = new ArrayList<>();

    @Override
    public PageResult<Location> locations(RequestContext ctx, PageRequest page) {
        contexts.add(ctx);
        pages.add(page);
        return PageResult.of(own, page, Location::lastUpdated);
    }

    @Override
    public Optional<Location> location(RequestContext ctx, CiString locationId) {
        contexts.add(ctx);
        return own.stream().filter(l -> l.id().equals(locationId)).findFirst();
    }

    @Override
    public Optional<Location> location(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString locationId) {
        return Optional.ofNullable(received.get(key(countryCode, partyId, locationId)));
    }

    @Override
    public Stored putLocation(RequestContext ctx, Location location) {
        puts.add(location);
        Location old = received.put(key(location.countryCode(), location.partyId(), location.id()), location);
        return old == null ? Stored.CREATED : Stored.UPDATED;
    }

    /** Stores a location as if a partner had pushed it, without counting it as a PUT. */
    void receive(Location location) {
        received.put(key(location.countryCode(), location.partyId(), location.id()), location);
    }

    /** Returns a received location. */
    Location received(String countryCode, String partyId, String locationId) {
        return received.get(key(CiString.of(countryCode), CiString.of(partyId), CiString.of(locationId)));
    }

    private static String key(CiString countryCode, CiString partyId, CiString id) {
        return (countryCode + "/" + partyId + "/" + id).toUpperCase(Locale.ROOT);
    }
}
