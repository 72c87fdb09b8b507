package io.github.ocpi4j.examples.cpo;

import io.github.ocpi4j.examples.versions.Bridge;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.translation.Translated;
import io.github.ocpi4j.model.translation.V221ToV230;
import io.github.ocpi4j.model.translation.V230ToV221;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.commands.CancelReservation;
import io.github.ocpi4j.model.v230.commands.CommandResponse;
import io.github.ocpi4j.model.v230.commands.ReserveNow;
import io.github.ocpi4j.model.v230.commands.StartSession;
import io.github.ocpi4j.model.v230.commands.StopSession;
import io.github.ocpi4j.model.v230.commands.UnlockConnector;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.model.v230.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v230.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.model.v230.tokens.Token;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import io.github.ocpi4j.server.v230.CdrsSenderService;
import io.github.ocpi4j.server.v230.CommandsReceiverService;
import io.github.ocpi4j.server.v230.LocationsSenderService;
import io.github.ocpi4j.server.v230.SessionsSenderService;
import io.github.ocpi4j.server.v230.TariffsSenderService;
import io.github.ocpi4j.server.v230.TokensReceiverService;
import java.util.Optional;
import java.util.function.Function;

/**
 * The CPO's OCPI 2.3.0 interfaces: the same modules as its 2.2.1 ones ({@link CpoModules}, {@link CpoCommands}), over
 * the same tables, each object translated at the edge through {@link Bridge}. A tariff also gets the {@code
 * preauthorize_amount} the CPO keeps beside it ({@code [[mod_tariffs_preauthorize_amount_field]]}): 2.2.1 has no
 * such field, so a 2.2.1 partner never had it to lose, and the CPO sends tariffs only, never takes them in. What goes to an eMSP is translated from
 * the stored 2.2.1 object (its losses, if any, logged at DEBUG); what an eMSP sends is translated to 2.2.1 and refused
 * with 2001, naming the field, when 2.2.1 cannot hold all of it. A module offered in 2.3.0 is one more interface here,
 * delegating to its 2.2.1 service. Thread-safe.
 */
final class CpoV230
        implements LocationsSenderService,
                TariffsSenderService,
                SessionsSenderService,
                CdrsSenderService,
                TokensReceiverService,
                CommandsReceiverService {
    private final CpoModules modules;
    private final CpoCommands commands;

    CpoV230(CpoModules modules, CpoCommands commands) {
        this.modules = modules;
        this.commands = commands;
    }

    @Override
    public PageResult<Location> locations(RequestContext ctx, PageRequest page) {
        return Bridge.page(modules.locations(ctx, page), V221ToV230::location, "Location");
    }

    @Override
    public Optional<Location> location(RequestContext ctx, CiString locationId) {
        return Bridge.out(modules.location(ctx, locationId), V221ToV230::location, "Location");
    }

    @Override
    public PageResult<Tariff> tariffs(RequestContext ctx, PageRequest page) {
        PageResult<Tariff> translated = Bridge.page(modules.tariffs(ctx, page), V221ToV230::tariff, "Tariff");
        return new PageResult<>(
                translated.items().stream()
                        .map(t -> t.toBuilder()
                                .preauthorizeAmount(
                                        modules.preauthorizeAmount(t.id()).orElse(null))
                                .build())
                        .toList(),
                translated.totalCount());
    }

    @Override
    public PageResult<Session> sessions(RequestContext ctx, PageRequest page) {
        return Bridge.page(modules.sessions(ctx, page), V221ToV230::session, "Session");
    }

    @Override
    public Optional<ChargingPreferencesResponse> setChargingPreferences(
            RequestContext ctx, CiString sessionId, ChargingPreferences preferences) {
        return modules.setChargingPreferences(
                        ctx, sessionId, Bridge.in(V230ToV221.chargingPreferences(preferences), "ChargingPreferences"))
                .map(answer -> ChargingPreferencesResponse.valueOf(answer.name())); // the same values in both
    }

    @Override
    public PageResult<CDR> cdrs(RequestContext ctx, PageRequest page) {
        return Bridge.page(modules.cdrs(ctx, page), V221ToV230::cdr, "CDR");
    }

    @Override
    public Optional<Token> token(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString tokenUid, TokenType type) {
        io.github.ocpi4j.model.v221.tokens.TokenType stored =
                io.github.ocpi4j.model.v221.tokens.TokenType.of(type.value()); // an open type in both versions
        return Bridge.out(modules.token(ctx, countryCode, partyId, tokenUid, stored), V221ToV230::token, "Token");
    }

    @Override
    public Stored putToken(RequestContext ctx, Token token) {
        return modules.putToken(ctx, Bridge.in(V230ToV221.token(token), "Token"));
    }

    @Override
    public CommandResponse reserveNow(RequestContext ctx, ReserveNow command) {
        return command(V230ToV221.reserveNow(command), "ReserveNow", c -> commands.reserveNow(ctx, c));
    }

    @Override
    public CommandResponse cancelReservation(RequestContext ctx, CancelReservation command) {
        return command(
                V230ToV221.cancelReservation(command), "CancelReservation", c -> commands.cancelReservation(ctx, c));
    }

    @Override
    public CommandResponse startSession(RequestContext ctx, StartSession command) {
        return command(V230ToV221.startSession(command), "StartSession", c -> commands.startSession(ctx, c));
    }

    @Override
    public CommandResponse stopSession(RequestContext ctx, StopSession command) {
        return command(V230ToV221.stopSession(command), "StopSession", c -> commands.stopSession(ctx, c));
    }

    @Override
    public CommandResponse unlockConnector(RequestContext ctx, UnlockConnector command) {
        return command(V230ToV221.unlockConnector(command), "UnlockConnector", c -> commands.unlockConnector(ctx, c));
    }

    /** Runs a command on the 2.2.1 side and translates its answer. */
    private static <C> CommandResponse command(
            Translated<C> command, String what, Function<C, io.github.ocpi4j.model.v221.commands.CommandResponse> run) {
        return Bridge.out(V221ToV230.commandResponse(run.apply(Bridge.in(command, what))), what + " response");
    }
}
