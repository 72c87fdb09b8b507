package io.github.ocpi4j.examples.emsp;

import io.github.ocpi4j.examples.versions.Bridge;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.translation.V221ToV230;
import io.github.ocpi4j.model.translation.V230ToV221;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.commands.CommandResult;
import io.github.ocpi4j.model.v230.commands.CommandType;
import io.github.ocpi4j.model.v230.locations.Connector;
import io.github.ocpi4j.model.v230.locations.ConnectorPatch;
import io.github.ocpi4j.model.v230.locations.EVSE;
import io.github.ocpi4j.model.v230.locations.EVSEPatch;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.model.v230.locations.LocationPatch;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.sessions.SessionPatch;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.model.v230.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v230.tokens.LocationReferences;
import io.github.ocpi4j.model.v230.tokens.Token;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import io.github.ocpi4j.server.v230.CdrsReceiverService;
import io.github.ocpi4j.server.v230.CommandsSenderService;
import io.github.ocpi4j.server.v230.LocationsReceiverService;
import io.github.ocpi4j.server.v230.SessionsReceiverService;
import io.github.ocpi4j.server.v230.TariffsReceiverService;
import io.github.ocpi4j.server.v230.TokensSenderService;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The eMSP's OCPI 2.3.0 interfaces: its 2.2.1 ones ({@link OwnTokens}, {@link Inbox}, {@link CommandResults}) with
 * each object translated at the edge through {@link Bridge}, as the example CPO does. What a CPO sends is kept as a
 * 2.2.1 object, or refused with 2001 naming the field when 2.2.1 cannot hold all of it. Thread-safe.
 */
final class EmspV230
        implements TokensSenderService,
                LocationsReceiverService,
                TariffsReceiverService,
                SessionsReceiverService,
                CdrsReceiverService,
                CommandsSenderService {
    private final OwnTokens tokens;
    private final Inbox inbox;
    private final CommandResults results;

    EmspV230(OwnTokens tokens, Inbox inbox, CommandResults results) {
        this.tokens = tokens;
        this.inbox = inbox;
        this.results = results;
    }

    // ---- tokens

    @Override
    public PageResult<Token> tokens(RequestContext ctx, PageRequest page) {
        return Bridge.page(tokens.tokens(ctx, page), V221ToV230::token, "Token");
    }

    @Override
    public Optional<AuthorizationInfo> authorize(
            RequestContext ctx, CiString tokenUid, TokenType type, @Nullable LocationReferences location) {
        io.github.ocpi4j.model.v221.tokens.LocationReferences at =
                location == null ? null : Bridge.in(V230ToV221.locationReferences(location), "LocationReferences");
        io.github.ocpi4j.model.v221.tokens.TokenType stored =
                io.github.ocpi4j.model.v221.tokens.TokenType.of(type.value()); // an open type in both versions
        return Bridge.out(
                tokens.authorize(ctx, tokenUid, stored, at), V221ToV230::authorizationInfo, "AuthorizationInfo");
    }

    // ---- locations

    @Override
    public Optional<Location> location(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString locationId) {
        return Bridge.out(inbox.location(ctx, countryCode, partyId, locationId), V221ToV230::location, "Location");
    }

    @Override
    public Stored putLocation(RequestContext ctx, Location location) {
        return inbox.putLocation(ctx, Bridge.in(V230ToV221.location(location), "Location"));
    }

    @Override
    public Optional<Stored> putEvse(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString locationId, EVSE evse) {
        return inbox.putEvse(ctx, countryCode, partyId, locationId, Bridge.in(V230ToV221.evse(evse), "EVSE"));
    }

    @Override
    public Optional<Stored> putConnector(
            RequestContext ctx,
            CiString countryCode,
            CiString partyId,
            CiString locationId,
            CiString evseUid,
            Connector connector) {
        return inbox.putConnector(
                ctx,
                countryCode,
                partyId,
                locationId,
                evseUid,
                Bridge.in(V230ToV221.connector(connector), "Connector"));
    }

    @Override
    public boolean patchLocation(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString locationId, LocationPatch patch) {
        return inbox.patchLocation(
                ctx, countryCode, partyId, locationId, Bridge.in(V230ToV221.locationPatch(patch), "Location PATCH"));
    }

    @Override
    public boolean patchEvse(
            RequestContext ctx,
            CiString countryCode,
            CiString partyId,
            CiString locationId,
            CiString evseUid,
            EVSEPatch patch) {
        return inbox.patchEvse(
                ctx, countryCode, partyId, locationId, evseUid, Bridge.in(V230ToV221.evsePatch(patch), "EVSE PATCH"));
    }

    @Override
    public boolean patchConnector(
            RequestContext ctx,
            CiString countryCode,
            CiString partyId,
            CiString locationId,
            CiString evseUid,
            CiString connectorId,
            ConnectorPatch patch) {
        return inbox.patchConnector(
                ctx,
                countryCode,
                partyId,
                locationId,
                evseUid,
                connectorId,
                Bridge.in(V230ToV221.connectorPatch(patch), "Connector PATCH"));
    }

    // ---- tariffs

    @Override
    public Optional<Tariff> tariff(RequestContext ctx, CiString countryCode, CiString partyId, CiString tariffId) {
        return Bridge.out(inbox.tariff(ctx, countryCode, partyId, tariffId), V221ToV230::tariff, "Tariff");
    }

    @Override
    public Stored putTariff(RequestContext ctx, Tariff tariff) {
        return inbox.putTariff(ctx, Bridge.in(V230ToV221.tariff(tariff), "Tariff"));
    }

    @Override
    public boolean deleteTariff(RequestContext ctx, CiString countryCode, CiString partyId, CiString tariffId) {
        return inbox.deleteTariff(ctx, countryCode, partyId, tariffId);
    }

    // ---- sessions

    @Override
    public Optional<Session> session(RequestContext ctx, CiString countryCode, CiString partyId, CiString sessionId) {
        return Bridge.out(inbox.session(ctx, countryCode, partyId, sessionId), V221ToV230::session, "Session");
    }

    @Override
    public Stored putSession(RequestContext ctx, Session session) {
        return inbox.putSession(ctx, Bridge.in(V230ToV221.session(session), "Session"));
    }

    @Override
    public boolean patchSession(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString sessionId, SessionPatch patch) {
        return inbox.patchSession(
                ctx, countryCode, partyId, sessionId, Bridge.in(V230ToV221.sessionPatch(patch), "Session PATCH"));
    }

    // ---- CDRs

    @Override
    public Optional<CDR> cdr(RequestContext ctx, CiString countryCode, CiString partyId, CiString cdrId) {
        return Bridge.out(inbox.cdr(ctx, countryCode, partyId, cdrId), V221ToV230::cdr, "CDR");
    }

    @Override
    public Stored postCdr(RequestContext ctx, CDR cdr) {
        return inbox.postCdr(ctx, Bridge.in(V230ToV221.cdr(cdr), "CDR"));
    }

    // ---- command results

    @Override
    public void commandResult(RequestContext ctx, CommandType type, String id, CommandResult result) {
        results.commandResult(
                ctx,
                io.github.ocpi4j.model.v221.commands.CommandType.of(type.value()), // an open type in both versions
                id,
                Bridge.in(V230ToV221.commandResult(result), "CommandResult"));
    }
}
