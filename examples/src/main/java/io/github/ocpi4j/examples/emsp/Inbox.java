package io.github.ocpi4j.examples.emsp;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.ConnectorPatch;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.EVSEPatch;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.LocationPatch;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionPatch;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.versions.ModuleID;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import io.github.ocpi4j.server.v221.CdrsReceiverService;
import io.github.ocpi4j.server.v221.LocationsReceiverService;
import io.github.ocpi4j.server.v221.SessionsReceiverService;
import io.github.ocpi4j.server.v221.TariffsReceiverService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What CPOs push to the eMSP, kept in memory in the order first received: the Receiver interfaces of Locations,
 * Tariffs, Sessions and CDRs. ocpi4j has checked, before these methods run, that the URL's country code and party
 * id belong to the calling CPO, that the body is valid and that its ids are the URL's.
 *
 * <p>Thread-safe: CPOs push concurrently, and each push is one atomic step under this object's lock, including the
 * read-modify-write of a PATCH or of an EVSE put into its location.
 */
final class Inbox
        implements LocationsReceiverService, TariffsReceiverService, SessionsReceiverService, CdrsReceiverService {
    private final List<Received> log;
    // guarded by this
    private final Map<Key, Location> locations = new LinkedHashMap<>();
    private final Map<Key, Tariff> tariffs = new LinkedHashMap<>();
    private final Map<Key, Session> sessions = new LinkedHashMap<>();
    private final Map<Key, CDR> cdrs = new LinkedHashMap<>();

    /**
     * The locations without the log: the interface's defaults put and patch an EVSE or connector inside its
     * location, as {@code [[mod_locations_put_method]]} describes, through {@code location} and {@code putLocation}.
     */
    private final LocationsReceiverService locationStore = new LocationsReceiverService() {
        @Override
        public Optional<Location> location(
                RequestContext ctx, CiString countryCode, CiString partyId, CiString locationId) {
            return Optional.ofNullable(locations.get(new Key(countryCode, partyId, locationId)));
        }

        @Override
        public Stored putLocation(RequestContext ctx, Location location) {
            return stored(keep(location));
        }
    };

    Inbox(List<Received> log) {
        this.log = log;
    }

    /** An object's identity: the country code and party id of the CPO that owns it, and its id. */
    private record Key(CiString countryCode, CiString partyId, CiString id) {
        @Override
        public String toString() {
            return countryCode + "/" + partyId + "/" + id;
        }
    }

    private static Stored stored(@Nullable Object previous) {
        return previous == null ? Stored.CREATED : Stored.UPDATED;
    }

    private void received(String method, ModuleID module, Object... path) {
        StringBuilder joined = new StringBuilder();
        for (Object segment : path) {
            joined.append(joined.length() == 0 ? "" : "/").append(segment);
        }
        log.add(new Received(method, module, joined.toString(), null));
    }

    // ---- what the eMSP holds, also from pulling

    synchronized List<Location> locations() {
        return List.copyOf(locations.values());
    }

    synchronized List<Tariff> tariffs() {
        return List.copyOf(tariffs.values());
    }

    synchronized List<Session> sessions() {
        return List.copyOf(sessions.values());
    }

    synchronized List<CDR> cdrs() {
        return List.copyOf(cdrs.values());
    }

    synchronized Location keep(Location location) {
        return locations.put(new Key(location.countryCode(), location.partyId(), location.id()), location);
    }

    synchronized Tariff keep(Tariff tariff) {
        return tariffs.put(new Key(tariff.countryCode(), tariff.partyId(), tariff.id()), tariff);
    }

    synchronized Session keep(Session session) {
        return sessions.put(new Key(session.countryCode(), session.partyId(), session.id()), session);
    }

    /** Keeps a CDR unless one with its id is held: CDRs are final and never replaced. */
    synchronized CDR keep(CDR cdr) {
        return cdrs.putIfAbsent(new Key(cdr.countryCode(), cdr.partyId(), cdr.id()), cdr);
    }

    // ---- Locations Receiver

    @Override
    public synchronized Optional<Location> location(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString locationId) {
        return locationStore.location(ctx, countryCode, partyId, locationId);
    }

    @Override
    public synchronized Stored putLocation(RequestContext ctx, Location location) {
        received("PUT", ModuleID.LOCATIONS, location.countryCode(), location.partyId(), location.id());
        return locationStore.putLocation(ctx, location);
    }

    @Override
    public synchronized Optional<Stored> putEvse(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString locationId, EVSE evse) {
        Optional<Stored> stored = locationStore.putEvse(ctx, countryCode, partyId, locationId, evse);
        stored.ifPresent(s -> received("PUT", ModuleID.LOCATIONS, countryCode, partyId, locationId, evse.uid()));
        return stored;
    }

    @Override
    public synchronized Optional<Stored> putConnector(
            RequestContext ctx,
            CiString countryCode,
            CiString partyId,
            CiString locationId,
            CiString evseUid,
            Connector connector) {
        Optional<Stored> stored = locationStore.putConnector(ctx, countryCode, partyId, locationId, evseUid, connector);
        stored.ifPresent(
                s -> received("PUT", ModuleID.LOCATIONS, countryCode, partyId, locationId, evseUid, connector.id()));
        return stored;
    }

    @Override
    public synchronized boolean patchLocation(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString locationId, LocationPatch patch) {
        boolean known = locationStore.patchLocation(ctx, countryCode, partyId, locationId, patch);
        if (known) {
            received("PATCH", ModuleID.LOCATIONS, countryCode, partyId, locationId);
        }
        return known;
    }

    @Override
    public synchronized boolean patchEvse(
            RequestContext ctx,
            CiString countryCode,
            CiString partyId,
            CiString locationId,
            CiString evseUid,
            EVSEPatch patch) {
        boolean known = locationStore.patchEvse(ctx, countryCode, partyId, locationId, evseUid, patch);
        if (known) {
            received("PATCH", ModuleID.LOCATIONS, countryCode, partyId, locationId, evseUid);
        }
        return known;
    }

    @Override
    public synchronized boolean patchConnector(
            RequestContext ctx,
            CiString countryCode,
            CiString partyId,
            CiString locationId,
            CiString evseUid,
            CiString connectorId,
            ConnectorPatch patch) {
        boolean known =
                locationStore.patchConnector(ctx, countryCode, partyId, locationId, evseUid, connectorId, patch);
        if (known) {
            received("PATCH", ModuleID.LOCATIONS, countryCode, partyId, locationId, evseUid, connectorId);
        }
        return known;
    }

    // ---- Tariffs Receiver

    @Override
    public synchronized Optional<Tariff> tariff(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString tariffId) {
        return Optional.ofNullable(tariffs.get(new Key(countryCode, partyId, tariffId)));
    }

    @Override
    public synchronized Stored putTariff(RequestContext ctx, Tariff tariff) {
        received("PUT", ModuleID.TARIFFS, tariff.countryCode(), tariff.partyId(), tariff.id());
        return stored(keep(tariff));
    }

    @Override
    public synchronized boolean deleteTariff(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString tariffId) {
        boolean known = tariffs.remove(new Key(countryCode, partyId, tariffId)) != null;
        if (known) {
            received("DELETE", ModuleID.TARIFFS, countryCode, partyId, tariffId);
        }
        return known;
    }

    // ---- Sessions Receiver

    @Override
    public synchronized Optional<Session> session(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString sessionId) {
        return Optional.ofNullable(sessions.get(new Key(countryCode, partyId, sessionId)));
    }

    @Override
    public synchronized Stored putSession(RequestContext ctx, Session session) {
        received("PUT", ModuleID.SESSIONS, session.countryCode(), session.partyId(), session.id());
        return stored(keep(session));
    }

    /** Applies a PATCH: its charging periods are added to the session's ({@code [[mod_sessions_patch_method]]}). */
    @Override
    public synchronized boolean patchSession(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString sessionId, SessionPatch patch) {
        Session session = sessions.get(new Key(countryCode, partyId, sessionId));
        if (session == null) {
            return false;
        }
        received("PATCH", ModuleID.SESSIONS, countryCode, partyId, sessionId);
        keep(patch.applyTo(session));
        return true;
    }

    // ---- CDRs Receiver

    @Override
    public synchronized Optional<CDR> cdr(RequestContext ctx, CiString countryCode, CiString partyId, CiString cdrId) {
        return Optional.ofNullable(cdrs.get(new Key(countryCode, partyId, cdrId)));
    }

    /**
     * Keeps a new CDR. The same CDR posted again (a CPO that did not get the answer retries) is answered as stored;
     * another CDR with the id of one held is refused, as CDRs are never replaced ({@code [[mod_cdrs_post_method]]}).
     */
    @Override
    public synchronized Stored postCdr(RequestContext ctx, CDR cdr) {
        CDR held = keep(cdr);
        if (held != null && !held.equals(cdr)) {
            throw OcpiStatusException.invalidOrMissingParameters(
                    "CDR " + cdr.id() + " was received before with other content; CDRs cannot be replaced");
        }
        received("POST", ModuleID.CDRS, cdr.countryCode(), cdr.partyId(), cdr.id());
        return stored(held);
    }
}
