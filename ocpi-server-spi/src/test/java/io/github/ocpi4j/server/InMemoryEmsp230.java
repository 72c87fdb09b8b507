package io.github.ocpi4j.server;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v230.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.ClearProfileResult;
import io.github.ocpi4j.model.v230.commands.CommandResult;
import io.github.ocpi4j.model.v230.commands.CommandType;
import io.github.ocpi4j.model.v230.hubclientinfo.ClientInfo;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.model.v230.tokens.AllowedType;
import io.github.ocpi4j.model.v230.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v230.tokens.LocationReferences;
import io.github.ocpi4j.model.v230.tokens.Token;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import io.github.ocpi4j.server.v230.CdrsReceiverService;
import io.github.ocpi4j.server.v230.ChargingProfilesSenderService;
import io.github.ocpi4j.server.v230.CommandsSenderService;
import io.github.ocpi4j.server.v230.HubClientInfoReceiverService;
import io.github.ocpi4j.server.v230.LocationsReceiverService;
import io.github.ocpi4j.server.v230.SessionsReceiverService;
import io.github.ocpi4j.server.v230.TariffsReceiverService;
import io.github.ocpi4j.server.v230.TokensSenderService;
import io.github.ocpi4j.server.v230.V230Services;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * {@link InMemoryEmsp} for OCPI 2.3.0: the same eMSP services in memory, typed with 2.3.0's model, so that a test
 * runs the same JSON through both versions.
 */
final class InMemoryEmsp230
        implements LocationsReceiverService,
                SessionsReceiverService,
                CdrsReceiverService,
                TariffsReceiverService,
                TokensSenderService,
                CommandsSenderService,
                ChargingProfilesSenderService,
                HubClientInfoReceiverService {
    final Map<String, Location> locations = new ConcurrentHashMap<>();
    final Map<String, Session> sessions = new ConcurrentHashMap<>();
    final Map<String, CDR> cdrs = new ConcurrentHashMap<>();
    final Map<String, Tariff> tariffs = new ConcurrentHashMap<>();
    final Map<String, ClientInfo> clientInfos = new ConcurrentHashMap<>();
    /** The eMSP's own tokens. */
    final List<Token> tokens = new CopyOnWriteArrayList<>();
    /** Each authorization asked, as {@code uid type location-or-"-"}. */
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    /** Each command result, by {@code TYPE/id} of its response URL. */
    final Map<String, CommandResult> commandResults = new ConcurrentHashMap<>();
    /** Each charging profile result, by {@code kind/id} of its response URL. */
    final Map<String, Object> profileResults = new ConcurrentHashMap<>();
    /** The active profiles the CPO pushed, by session id. */
    final Map<String, ActiveChargingProfile> activeProfiles = new ConcurrentHashMap<>();

    /** Registers every service of this eMSP. */
    void register(V230Services services) {
        services.locationsReceiver(this)
                .sessionsReceiver(this)
                .cdrsReceiver(this)
                .tariffsReceiver(this)
                .tokensSender(this)
                .commandsSender(this)
                .chargingProfilesSender(this)
                .hubClientInfoReceiver(this);
    }

    static String key(Object countryCode, Object partyId, Object id) {
        return (countryCode + "/" + partyId + "/" + id).toUpperCase(Locale.ROOT);
    }

    // ---- locations

    @Override
    public Optional<Location> location(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString locationId) {
        return Optional.ofNullable(locations.get(key(countryCode, partyId, locationId)));
    }

    @Override
    public Stored putLocation(RequestContext ctx, Location location) {
        Location old = locations.put(key(location.countryCode(), location.partyId(), location.id()), location);
        return old == null ? Stored.CREATED : Stored.UPDATED;
    }

    // ---- sessions

    @Override
    public Optional<Session> session(RequestContext ctx, CiString countryCode, CiString partyId, CiString sessionId) {
        return Optional.ofNullable(sessions.get(key(countryCode, partyId, sessionId)));
    }

    @Override
    public Stored putSession(RequestContext ctx, Session session) {
        Session old = sessions.put(key(session.countryCode(), session.partyId(), session.id()), session);
        return old == null ? Stored.CREATED : Stored.UPDATED;
    }

    // ---- CDRs

    @Override
    public Optional<CDR> cdr(RequestContext ctx, CiString countryCode, CiString partyId, CiString cdrId) {
        return Optional.ofNullable(cdrs.get(key(countryCode, partyId, cdrId)));
    }

    @Override
    public Stored postCdr(RequestContext ctx, CDR cdr) {
        CDR old = cdrs.putIfAbsent(key(cdr.countryCode(), cdr.partyId(), cdr.id()), cdr);
        if (old == null) {
            return Stored.CREATED;
        }
        if (!old.equals(cdr)) {
            throw OcpiStatusException.invalidOrMissingParameters("CDR " + cdr.id() + " exists and differs");
        }
        return Stored.UPDATED;
    }

    // ---- tariffs

    @Override
    public Optional<Tariff> tariff(RequestContext ctx, CiString countryCode, CiString partyId, CiString tariffId) {
        return Optional.ofNullable(tariffs.get(key(countryCode, partyId, tariffId)));
    }

    @Override
    public Stored putTariff(RequestContext ctx, Tariff tariff) {
        Tariff old = tariffs.put(key(tariff.countryCode(), tariff.partyId(), tariff.id()), tariff);
        return old == null ? Stored.CREATED : Stored.UPDATED;
    }

    @Override
    public boolean deleteTariff(RequestContext ctx, CiString countryCode, CiString partyId, CiString tariffId) {
        return tariffs.remove(key(countryCode, partyId, tariffId)) != null;
    }

    // ---- tokens

    @Override
    public PageResult<Token> tokens(RequestContext ctx, PageRequest page) {
        return PageResult.of(tokens, page, Token::lastUpdated);
    }

    @Override
    public Optional<AuthorizationInfo> authorize(
            RequestContext ctx, CiString tokenUid, TokenType type, @Nullable LocationReferences location) {
        authorizations.add(tokenUid + " " + type + " " + (location == null ? "-" : location.locationId()));
        return tokens.stream()
                .filter(t -> t.uid().equals(tokenUid) && t.type().equals(type))
                .findFirst()
                .map(t -> new AuthorizationInfo(
                        t.valid() ? AllowedType.ALLOWED : AllowedType.BLOCKED,
                        t,
                        location,
                        CiString.of("AUTH-" + t.uid()),
                        null));
    }

    // ---- commands and charging profiles

    @Override
    public void commandResult(RequestContext ctx, CommandType type, String id, CommandResult result) {
        commandResults.put(type.value() + "/" + id, result);
    }

    @Override
    public void activeProfileResult(RequestContext ctx, String id, ActiveChargingProfileResult result) {
        profileResults.put("active/" + id, result);
    }

    @Override
    public void setProfileResult(RequestContext ctx, String id, ChargingProfileResult result) {
        profileResults.put("set/" + id, result);
    }

    @Override
    public void clearProfileResult(RequestContext ctx, String id, ClearProfileResult result) {
        profileResults.put("clear/" + id, result);
    }

    @Override
    public void activeProfileChanged(RequestContext ctx, CiString sessionId, ActiveChargingProfile profile) {
        activeProfiles.put(sessionId.value(), profile);
    }

    // ---- hub client info

    @Override
    public Optional<ClientInfo> clientInfo(RequestContext ctx, CiString countryCode, CiString partyId) {
        return Optional.ofNullable(clientInfos.get(key(countryCode, partyId, "")));
    }

    @Override
    public Stored putClientInfo(RequestContext ctx, ClientInfo info) {
        ClientInfo old = clientInfos.put(key(info.countryCode(), info.partyId(), ""), info);
        return old == null ? Stored.CREATED : Stored.UPDATED;
    }
}
