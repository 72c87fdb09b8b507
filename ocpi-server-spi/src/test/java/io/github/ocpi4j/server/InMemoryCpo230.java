package io.github.ocpi4j.server;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.cdrs.CdrToken;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResponse;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResponseType;
import io.github.ocpi4j.model.v230.chargingprofiles.SetChargingProfile;
import io.github.ocpi4j.model.v230.commands.CancelReservation;
import io.github.ocpi4j.model.v230.commands.CommandResponse;
import io.github.ocpi4j.model.v230.commands.CommandResponseType;
import io.github.ocpi4j.model.v230.commands.ReserveNow;
import io.github.ocpi4j.model.v230.commands.StartSession;
import io.github.ocpi4j.model.v230.commands.StopSession;
import io.github.ocpi4j.model.v230.commands.UnlockConnector;
import io.github.ocpi4j.model.v230.hubclientinfo.ClientInfo;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.model.v230.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v230.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.model.v230.tokens.Token;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import io.github.ocpi4j.server.v230.CdrsSenderService;
import io.github.ocpi4j.server.v230.ChargingProfilesReceiverService;
import io.github.ocpi4j.server.v230.CommandsReceiverService;
import io.github.ocpi4j.server.v230.HubClientInfoSenderService;
import io.github.ocpi4j.server.v230.LocationsSenderService;
import io.github.ocpi4j.server.v230.SessionsSenderService;
import io.github.ocpi4j.server.v230.TariffsSenderService;
import io.github.ocpi4j.server.v230.TokensReceiverService;
import io.github.ocpi4j.server.v230.V230Services;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link InMemoryCpo} for OCPI 2.3.0: the same CPO services in memory, typed with 2.3.0's model, so that a test
 * runs the same JSON through both versions.
 */
final class InMemoryCpo230
        implements LocationsSenderService,
                SessionsSenderService,
                CdrsSenderService,
                TariffsSenderService,
                TokensReceiverService,
                CommandsReceiverService,
                ChargingProfilesReceiverService,
                HubClientInfoSenderService {
    final List<Location> locations = new CopyOnWriteArrayList<>();
    final List<Session> sessions = new CopyOnWriteArrayList<>();
    final List<CDR> cdrs = new CopyOnWriteArrayList<>();
    final List<Tariff> tariffs = new CopyOnWriteArrayList<>();
    final List<ClientInfo> clientInfos = new CopyOnWriteArrayList<>();
    /** The tokens partners pushed, by {@code country/party/uid/type}. */
    final Map<String, Token> tokens = new ConcurrentHashMap<>();
    /** The commands received, in order. */
    final List<Object> commands = new CopyOnWriteArrayList<>();
    /** The charging preferences set, by session id. */
    final Map<String, ChargingPreferences> preferences = new ConcurrentHashMap<>();
    /** The charging profile requests received, as {@code kind session response_url}. */
    final List<String> profileRequests = new CopyOnWriteArrayList<>();
    /** The profiles set, by session id. */
    final Map<String, SetChargingProfile> profiles = new ConcurrentHashMap<>();

    private static final CommandResponse ACCEPTED = new CommandResponse(CommandResponseType.ACCEPTED, 30, List.of());
    private static final ChargingProfileResponse PROFILE_ACCEPTED =
            new ChargingProfileResponse(ChargingProfileResponseType.ACCEPTED, 30);
    private static final ChargingProfileResponse UNKNOWN_SESSION =
            new ChargingProfileResponse(ChargingProfileResponseType.UNKNOWN_SESSION, 0);

    /** Registers every service of this CPO. */
    void register(V230Services services) {
        services.locationsSender(this)
                .sessionsSender(this)
                .cdrsSender(this)
                .tariffsSender(this)
                .tokensReceiver(this)
                .commandsReceiver(this)
                .chargingProfilesReceiver(this)
                .hubClientInfoSender(this);
    }

    private static boolean owns(RequestContext ctx, CdrToken token) {
        return ctx.owns(token.countryCode(), token.partyId());
    }

    private boolean knowsSession(CiString sessionId) {
        return sessions.stream().anyMatch(s -> s.id().equals(sessionId));
    }

    // ---- locations

    @Override
    public PageResult<Location> locations(RequestContext ctx, PageRequest page) {
        return PageResult.of(locations, page, Location::lastUpdated);
    }

    @Override
    public Optional<Location> location(RequestContext ctx, CiString locationId) {
        return locations.stream().filter(l -> l.id().equals(locationId)).findFirst();
    }

    // ---- sessions and CDRs

    @Override
    public PageResult<Session> sessions(RequestContext ctx, PageRequest page) {
        List<Session> own =
                sessions.stream().filter(s -> owns(ctx, s.cdrToken())).toList();
        return PageResult.of(own, page, Session::lastUpdated);
    }

    @Override
    public Optional<ChargingPreferencesResponse> setChargingPreferences(
            RequestContext ctx, CiString sessionId, ChargingPreferences preferences) {
        if (!knowsSession(sessionId)) {
            return Optional.empty();
        }
        this.preferences.put(sessionId.value(), preferences);
        return Optional.of(ChargingPreferencesResponse.ACCEPTED);
    }

    @Override
    public PageResult<CDR> cdrs(RequestContext ctx, PageRequest page) {
        List<CDR> own = cdrs.stream().filter(c -> owns(ctx, c.cdrToken())).toList();
        return PageResult.of(own, page, CDR::lastUpdated);
    }

    // ---- tariffs

    @Override
    public PageResult<Tariff> tariffs(RequestContext ctx, PageRequest page) {
        return PageResult.of(tariffs, page, Tariff::lastUpdated);
    }

    // ---- tokens

    static String key(CiString countryCode, CiString partyId, CiString uid, TokenType type) {
        return InMemoryEmsp230.key(countryCode, partyId, uid) + "/" + type.value();
    }

    @Override
    public Optional<Token> token(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString tokenUid, TokenType type) {
        return Optional.ofNullable(tokens.get(key(countryCode, partyId, tokenUid, type)));
    }

    @Override
    public Stored putToken(RequestContext ctx, Token token) {
        Token old = tokens.put(key(token.countryCode(), token.partyId(), token.uid(), token.type()), token);
        return old == null ? Stored.CREATED : Stored.UPDATED;
    }

    // ---- commands

    @Override
    public CommandResponse startSession(RequestContext ctx, StartSession command) {
        commands.add(command);
        return ACCEPTED;
    }

    @Override
    public CommandResponse stopSession(RequestContext ctx, StopSession command) {
        commands.add(command);
        return knowsSession(command.sessionId())
                ? ACCEPTED
                : new CommandResponse(CommandResponseType.REJECTED, 0, List.of());
    }

    @Override
    public CommandResponse reserveNow(RequestContext ctx, ReserveNow command) {
        commands.add(command);
        return ACCEPTED;
    }

    @Override
    public CommandResponse cancelReservation(RequestContext ctx, CancelReservation command) {
        commands.add(command);
        return ACCEPTED;
    }

    @Override
    public CommandResponse unlockConnector(RequestContext ctx, UnlockConnector command) {
        commands.add(command);
        return ACCEPTED;
    }

    // ---- charging profiles

    @Override
    public ChargingProfileResponse activeProfile(
            RequestContext ctx, CiString sessionId, int durationSeconds, String responseUrl) {
        profileRequests.add("active " + sessionId + " " + durationSeconds + " " + responseUrl);
        return knowsSession(sessionId) ? PROFILE_ACCEPTED : UNKNOWN_SESSION;
    }

    @Override
    public ChargingProfileResponse setProfile(RequestContext ctx, CiString sessionId, SetChargingProfile request) {
        profileRequests.add("set " + sessionId + " " + request.responseUrl());
        if (!knowsSession(sessionId)) {
            return UNKNOWN_SESSION;
        }
        profiles.put(sessionId.value(), request);
        return PROFILE_ACCEPTED;
    }

    @Override
    public ChargingProfileResponse clearProfile(RequestContext ctx, CiString sessionId, String responseUrl) {
        profileRequests.add("clear " + sessionId + " " + responseUrl);
        if (!knowsSession(sessionId)) {
            return UNKNOWN_SESSION;
        }
        profiles.remove(sessionId.value());
        return PROFILE_ACCEPTED;
    }

    // ---- hub client info

    @Override
    public PageResult<ClientInfo> clientInfos(RequestContext ctx, PageRequest page) {
        return PageResult.of(clientInfos, page, ClientInfo::lastUpdated);
    }
}
