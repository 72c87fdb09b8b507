package io.github.ocpi4j.server.v230;

import static io.github.ocpi4j.server.internal.Checks.countryCode;
import static io.github.ocpi4j.server.internal.Checks.partyId;
import static io.github.ocpi4j.server.internal.Checks.same;

import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.cdrs.CdrToken;
import io.github.ocpi4j.model.v230.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v230.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.ClearProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.SetChargingProfile;
import io.github.ocpi4j.model.v230.commands.CancelReservation;
import io.github.ocpi4j.model.v230.commands.CommandResult;
import io.github.ocpi4j.model.v230.commands.CommandType;
import io.github.ocpi4j.model.v230.commands.ReserveNow;
import io.github.ocpi4j.model.v230.commands.StartSession;
import io.github.ocpi4j.model.v230.commands.StopSession;
import io.github.ocpi4j.model.v230.commands.UnlockConnector;
import io.github.ocpi4j.model.v230.hubclientinfo.ClientInfo;
import io.github.ocpi4j.model.v230.locations.Connector;
import io.github.ocpi4j.model.v230.locations.ConnectorPatch;
import io.github.ocpi4j.model.v230.locations.EVSE;
import io.github.ocpi4j.model.v230.locations.EVSEPatch;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.model.v230.locations.LocationPatch;
import io.github.ocpi4j.model.v230.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.sessions.SessionPatch;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.model.v230.tokens.LocationReferences;
import io.github.ocpi4j.model.v230.tokens.Token;
import io.github.ocpi4j.model.v230.tokens.TokenPatch;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import io.github.ocpi4j.model.v230.versions.Endpoint;
import io.github.ocpi4j.model.v230.versions.InterfaceRole;
import io.github.ocpi4j.model.v230.versions.ModuleID;
import io.github.ocpi4j.model.v230.versions.VersionDetails;
import io.github.ocpi4j.model.v230.versions.VersionNumber;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.internal.Call;
import io.github.ocpi4j.server.internal.Checks;
import io.github.ocpi4j.server.internal.HttpError;
import io.github.ocpi4j.server.internal.Reply;
import io.github.ocpi4j.server.internal.Route;
import io.github.ocpi4j.server.internal.RouteTable;
import io.github.ocpi4j.server.internal.RouteTable.Ids;
import io.github.ocpi4j.server.internal.ServerSupport;
import io.github.ocpi4j.server.internal.VersionUrls;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The routes of OCPI 2.3.0 below {@code 2.3.0/}: which service method each endpoint of the registered modules calls,
 * with 2.3.0's types, over the machinery every version shares ({@link RouteTable}: version details, credentials,
 * paging, the owner checks of client-owned objects, ids of the URL against the body).
 */
final class V230Routes {
    private V230Routes() {}

    static List<Route> routes(V230Services services, ServerSupport support) {
        RouteTable r = new RouteTable("2.3.0", support);
        r.details(endpoints -> new VersionDetails(
                VersionNumber.V2_3_0,
                endpoints.stream()
                        .map(e -> new Endpoint(ModuleID.of(e.module()), InterfaceRole.valueOf(e.role()), e.url()))
                        .toList()));
        r.credentials(new V230Credentials(support.roles(), support.v230Roles()));
        if (services.locationsSender != null) {
            locationsSender(r, services.locationsSender);
        }
        if (services.locationsReceiver != null) {
            locationsReceiver(r, services.locationsReceiver);
        }
        if (services.sessionsSender != null) {
            SessionsSenderService s = services.sessionsSender;
            r.list("sessions", s::sessions, (ctx, session) -> owns(ctx, session.cdrToken()));
            r.add(
                    "PUT",
                    "sender/sessions/{session_id}/charging_preferences",
                    ChargingPreferences.class,
                    (c, body) -> Reply.found(
                            s.setChargingPreferences(c.context(), c.ciParam("session_id"), body), "session"));
        }
        if (services.sessionsReceiver != null) {
            SessionsReceiverService s = services.sessionsReceiver;
            r.owned("sessions", "session_id", "session")
                    .get(s::session)
                    .put(Session.class, b -> new Ids(b.countryCode(), b.partyId(), b.id()), s::putSession)
                    .patch(SessionPatch.class, b -> Ids.of(b.countryCode(), b.partyId(), b.id()), s::patchSession);
        }
        if (services.cdrsSender != null) {
            r.list("cdrs", services.cdrsSender::cdrs, (ctx, cdr) -> owns(ctx, cdr.cdrToken()));
        }
        if (services.cdrsReceiver != null) {
            CdrsReceiverService s = services.cdrsReceiver;
            r.posted("cdrs", "CDR", CDR.class, b -> new Ids(b.countryCode(), b.partyId(), b.id()), s::postCdr);
            r.owned("cdrs", "cdr_id", "CDR").get(s::cdr);
        }
        if (services.tariffsSender != null) {
            r.list("tariffs", services.tariffsSender::tariffs, null);
        }
        if (services.tariffsReceiver != null) {
            TariffsReceiverService s = services.tariffsReceiver;
            r.owned("tariffs", "tariff_id", "tariff")
                    .get(s::tariff)
                    .put(Tariff.class, b -> new Ids(b.countryCode(), b.partyId(), b.id()), s::putTariff)
                    .delete(s::deleteTariff);
        }
        if (services.tokensSender != null) {
            TokensSenderService s = services.tokensSender;
            r.list("tokens", s::tokens, null);
            // the LocationReferences are optional: an empty body asks without a location
            r.addWithOptionalBody(
                    "POST",
                    "sender/tokens/{token_uid}/authorize",
                    LocationReferences.class,
                    (c, location) -> s.authorize(c.context(), c.ciParam("token_uid"), tokenType(c), location)
                            .map(Reply::ok)
                            .orElseThrow(() -> new HttpError(404, OcpiStatusCode.UNKNOWN_TOKEN, "unknown token")));
        }
        if (services.tokensReceiver != null) {
            tokensReceiver(r, services.tokensReceiver);
        }
        if (services.commandsReceiver != null) {
            commandsReceiver(r, services.commandsReceiver);
        }
        if (services.commandsSender != null) {
            CommandsSenderService s = services.commandsSender;
            r.accept(
                    "POST",
                    "sender/commands/{command}/{id}",
                    CommandResult.class,
                    (c, result) ->
                            s.commandResult(c.context(), CommandType.of(c.param("command")), c.param("id"), result));
        }
        if (services.chargingProfilesReceiver != null) {
            ChargingProfilesReceiverService s = services.chargingProfilesReceiver;
            String path = "receiver/chargingprofiles/{session_id}";
            r.add("GET", path, null, c -> {
                String responseUrl = Checks.responseUrl(c);
                return Reply.ok(s.activeProfile(c.context(), c.ciParam("session_id"), Checks.duration(c), responseUrl));
            });
            r.add(
                    "PUT",
                    path,
                    SetChargingProfile.class,
                    (c, body) -> Reply.ok(s.setProfile(c.context(), c.ciParam("session_id"), body)));
            r.add(
                    "DELETE",
                    path,
                    null,
                    c -> Reply.ok(s.clearProfile(c.context(), c.ciParam("session_id"), Checks.responseUrl(c))));
        }
        if (services.chargingProfilesSender != null) {
            chargingProfilesSender(r, services.chargingProfilesSender);
        }
        if (services.hubClientInfoReceiver != null) {
            HubClientInfoReceiverService s = services.hubClientInfoReceiver;
            String path = "receiver/hubclientinfo/{country_code}/{party_id}";
            r.add("GET", path, null, c -> {
                Checks.hub(c);
                return Reply.found(
                        s.clientInfo(c.context(), c.ciParam("country_code"), c.ciParam("party_id")), "client info");
            });
            r.add("PUT", path, ClientInfo.class, (c, body) -> {
                Checks.hub(c);
                same("country_code", c.ciParam("country_code"), body.countryCode());
                same("party_id", c.ciParam("party_id"), body.partyId());
                return Reply.stored(s.putClientInfo(c.context(), body));
            });
        }
        if (services.hubClientInfoSender != null) {
            r.list("hubclientinfo", services.hubClientInfoSender::clientInfos, null);
        }
        // ---- Payments
        if (services.paymentsSender != null) {
            PaymentsRoutes.sender(r, services.paymentsSender);
        }
        if (services.paymentsReceiver != null) {
            PaymentsRoutes.receiver(r, services.paymentsReceiver);
        }

        // Bookings 1.1
        BookingsRoutes.add(r, services.bookingsSender, services.bookingsReceiver);
        return r.routes();
    }

    private static boolean owns(RequestContext ctx, @Nullable CdrToken token) {
        return token != null && ctx.owns(token.countryCode(), token.partyId());
    }

    private static TokenType tokenType(Call c) {
        return TokenType.of(Checks.tokenType(c));
    }

    private static void locationsSender(RouteTable r, LocationsSenderService s) {
        r.list("locations", s::locations, null);
        String base = "sender/locations/{location_id}";
        r.get(base, "location", c -> s.location(c.context(), c.ciParam("location_id")));
        r.get(base + "/{evse_uid}", "EVSE", c -> s.evse(c.context(), c.ciParam("location_id"), c.ciParam("evse_uid")));
        r.get(
                base + "/{evse_uid}/{connector_id}",
                "connector",
                c -> s.connector(
                        c.context(), c.ciParam("location_id"), c.ciParam("evse_uid"), c.ciParam("connector_id")));
    }

    private static void locationsReceiver(RouteTable r, LocationsReceiverService s) {
        r.owned("locations", "location_id", "location")
                .get(s::location)
                .put(Location.class, b -> new Ids(b.countryCode(), b.partyId(), b.id()), s::putLocation)
                .patch(LocationPatch.class, b -> Ids.of(b.countryCode(), b.partyId(), b.id()), s::patchLocation);
        String evse = "receiver/locations/{country_code}/{party_id}/{location_id}/{evse_uid}";
        String connector = evse + "/{connector_id}";
        r.get(
                evse,
                "EVSE",
                c -> s.evse(c.context(), countryCode(c), partyId(c), c.ciParam("location_id"), c.ciParam("evse_uid")));
        r.get(
                connector,
                "connector",
                c -> s.connector(
                        c.context(),
                        countryCode(c),
                        partyId(c),
                        c.ciParam("location_id"),
                        c.ciParam("evse_uid"),
                        c.ciParam("connector_id")));
        r.add("PUT", evse, EVSE.class, (c, body) -> {
            same("evse_uid", c.ciParam("evse_uid"), body.uid());
            return Reply.stored(
                    s.putEvse(c.context(), countryCode(c), partyId(c), c.ciParam("location_id"), body), "location");
        });
        r.add("PUT", connector, Connector.class, (c, body) -> {
            same("connector_id", c.ciParam("connector_id"), body.id());
            return Reply.stored(
                    s.putConnector(
                            c.context(),
                            countryCode(c),
                            partyId(c),
                            c.ciParam("location_id"),
                            c.ciParam("evse_uid"),
                            body),
                    "EVSE");
        });
        r.add("PATCH", evse, EVSEPatch.class, (c, body) -> {
            same("evse_uid", c.ciParam("evse_uid"), body.uid());
            return Reply.patched(
                    s.patchEvse(
                            c.context(),
                            countryCode(c),
                            partyId(c),
                            c.ciParam("location_id"),
                            c.ciParam("evse_uid"),
                            body),
                    "EVSE");
        });
        r.add("PATCH", connector, ConnectorPatch.class, (c, body) -> {
            same("connector_id", c.ciParam("connector_id"), body.id());
            return Reply.patched(
                    s.patchConnector(
                            c.context(),
                            countryCode(c),
                            partyId(c),
                            c.ciParam("location_id"),
                            c.ciParam("evse_uid"),
                            c.ciParam("connector_id"),
                            body),
                    "connector");
        });
    }

    private static void tokensReceiver(RouteTable r, TokensReceiverService s) {
        String path = "receiver/tokens/{country_code}/{party_id}/{token_uid}";
        r.get(
                path,
                "token",
                c -> s.token(c.context(), countryCode(c), partyId(c), c.ciParam("token_uid"), tokenType(c)));
        r.add("PUT", path, Token.class, (c, body) -> {
            Checks.owner(c, body.countryCode(), body.partyId());
            same("token_uid", c.ciParam("token_uid"), body.uid());
            Checks.sameTokenType(c, body.type());
            return Reply.stored(s.putToken(c.context(), body));
        });
        r.add("PATCH", path, TokenPatch.class, (c, body) -> {
            Checks.owner(c, body.countryCode(), body.partyId());
            same("token_uid", c.ciParam("token_uid"), body.uid());
            Checks.samePatchedTokenType(c, body.type());
            return Reply.patched(
                    s.patchToken(c.context(), countryCode(c), partyId(c), c.ciParam("token_uid"), tokenType(c), body),
                    "token");
        });
    }

    private static void commandsReceiver(RouteTable r, CommandsReceiverService s) {
        String base = "receiver/commands/";
        r.command(base + "START_SESSION", StartSession.class, (c, command) -> {
            ownToken(c, command.token());
            return s.startSession(c.context(), command);
        });
        r.command(base + "STOP_SESSION", StopSession.class, (c, command) -> s.stopSession(c.context(), command));
        r.command(base + "RESERVE_NOW", ReserveNow.class, (c, command) -> {
            ownToken(c, command.token());
            return s.reserveNow(c.context(), command);
        });
        r.command(
                base + "CANCEL_RESERVATION",
                CancelReservation.class,
                (c, command) -> s.cancelReservation(c.context(), command));
        r.command(
                base + "UNLOCK_CONNECTOR",
                UnlockConnector.class,
                (c, command) -> s.unlockConnector(c.context(), command));
        // a command type this version does not define ({@code CommandType} is open): not supported
        r.add("POST", base + "{command}", null, c -> Reply.ok(CommandsReceiverService.NOT_SUPPORTED));
    }

    private static void ownToken(Call c, @Nullable Token token) {
        if (token != null) {
            Checks.ownToken(c, token.countryCode(), token.partyId());
        }
    }

    private static void chargingProfilesSender(RouteTable r, ChargingProfilesSenderService s) {
        String results = "sender/chargingprofiles/results/";
        r.accept(
                "POST",
                results + VersionUrls.chargingProfileSegment(ChargingProfileRequest.ACTIVE_PROFILE.name()) + "/{id}",
                ActiveChargingProfileResult.class,
                (c, result) -> s.activeProfileResult(c.context(), c.param("id"), result));
        r.accept(
                "POST",
                results + VersionUrls.chargingProfileSegment(ChargingProfileRequest.SET_PROFILE.name()) + "/{id}",
                ChargingProfileResult.class,
                (c, result) -> s.setProfileResult(c.context(), c.param("id"), result));
        r.accept(
                "POST",
                results + VersionUrls.chargingProfileSegment(ChargingProfileRequest.CLEAR_PROFILE.name()) + "/{id}",
                ClearProfileResult.class,
                (c, result) -> s.clearProfileResult(c.context(), c.param("id"), result));
        r.accept(
                "PUT",
                "sender/chargingprofiles/{session_id}",
                ActiveChargingProfile.class,
                (c, profile) -> s.activeProfileChanged(c.context(), c.ciParam("session_id"), profile));
    }
}
