package io.github.ocpi4j.server;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.server.v221.LocationsReceiverService;
import io.github.ocpi4j.server.v221.LocationsSenderService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Locations in memory, both roles: a CPO's own for the Sender interface, partners' pushed ones for the Receiver. */
class InMemoryLocations implements LocationsSenderService, LocationsReceiverService {
    final List<Location> own = new ArrayList<>();
    final Map<String, Location> received = new ConcurrentHashMap<>();
    final List<RequestContext> contexts = new ArrayList<>();

    @Override
    public PageResult<Location> locations(RequestContext ctx, PageRequest page) {
        contexts.add(ctx);
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
        Location old = received.put(key(location.countryCode(), location.partyId(), location.id()), location);
        return old == null ? Stored.CREATED : Stored.UPDATED;
    }

    static String key(CiString countryCode, CiString partyId, CiString id) {
        return (countryCode + "/" + partyId + "/" + id).toUpperCase(java.util.Locale.ROOT);
    }
}
