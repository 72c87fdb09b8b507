package io.github.ocpi4j.examples.cpo;

import io.github.ocpi4j.examples.cpo.CpoStore.SessionRow;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.cdrs.CdrToken;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import io.github.ocpi4j.server.v221.CdrsSenderService;
import io.github.ocpi4j.server.v221.LocationsSenderService;
import io.github.ocpi4j.server.v221.SessionsSenderService;
import io.github.ocpi4j.server.v221.TariffsSenderService;
import io.github.ocpi4j.server.v221.TokensReceiverService;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The CPO's data modules over its tables: the Sender interfaces of locations, tariffs, sessions and CDRs (pages
 * filtered and cut in SQL; each eMSP sees only the sessions and CDRs of its own tokens) and the Tokens Receiver that
 * keeps the tokens eMSPs push. ocpi4j's server has already authenticated the party, checked the ids of the URL
 * against the body and read the paging parameters. Thread-safe.
 */
final class CpoModules
        implements LocationsSenderService,
                TariffsSenderService,
                SessionsSenderService,
                CdrsSenderService,
                TokensReceiverService {
    private final Database db;
    private final CpoStore store;
    private final Charging charging;
    private final Outbox outbox;

    CpoModules(Database db, CpoStore store, Charging charging, Outbox outbox) {
        this.db = db;
        this.store = store;
        this.charging = charging;
        this.outbox = outbox;
    }

    @Override
    public PageResult<Location> locations(RequestContext ctx, PageRequest page) {
        return db.read(c -> store.locations(c, page));
    }

    @Override
    public Optional<Location> location(RequestContext ctx, CiString locationId) {
        return db.read(c -> store.location(c, locationId));
    }

    @Override
    public PageResult<Tariff> tariffs(RequestContext ctx, PageRequest page) {
        return db.read(c -> store.tariffs(c, page));
    }

    /** Returns the OCPI 2.3.0 {@code preauthorize_amount} of one of the CPO's tariffs, if it states one. */
    Optional<BigDecimal> preauthorizeAmount(CiString tariffId) {
        return db.read(c -> store.preauthorizeAmount(c, tariffId));
    }

    @Override
    public PageResult<Session> sessions(RequestContext ctx, PageRequest page) {
        return db.read(c -> store.sessions(c, ctx.party().roles(), page));
    }

    @Override
    public Optional<ChargingPreferencesResponse> setChargingPreferences(
            RequestContext ctx, CiString sessionId, ChargingPreferences preferences) {
        Optional<ChargingPreferencesResponse> answer = db.write(c -> {
            Optional<SessionRow> row = store.session(c, sessionId)
                    .filter(r -> owns(ctx, r.session().cdrToken()));
            if (row.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(charging.setPreferences(c, row.get(), preferences));
        });
        outbox.deliverSoon();
        return answer;
    }

    @Override
    public PageResult<CDR> cdrs(RequestContext ctx, PageRequest page) {
        return db.read(c -> store.cdrs(c, ctx.party().roles(), page));
    }

    @Override
    public Optional<Token> token(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString tokenUid, TokenType type) {
        return db.read(c -> store.token(c, countryCode, partyId, tokenUid, type));
    }

    @Override
    public Stored putToken(RequestContext ctx, Token token) {
        return db.write(c -> store.putToken(c, token));
    }

    private static boolean owns(RequestContext ctx, CdrToken token) {
        return ctx.owns(token.countryCode(), token.partyId());
    }
}
