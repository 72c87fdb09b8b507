package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.OcpiNegotiationException;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyEndpoint;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.Formats;
import io.github.ocpi4j.model.OcpiException;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.cdrs.CdrToken;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ClearProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.SetChargingProfile;
import io.github.ocpi4j.model.v221.commands.CancelReservation;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.commands.StopSession;
import io.github.ocpi4j.model.v221.commands.UnlockConnector;
import io.github.ocpi4j.model.v221.credentials.Credentials;
import io.github.ocpi4j.model.v221.hubclientinfo.ClientInfo;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.ConnectorPatch;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.EVSEPatch;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.LocationPatch;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionPatch;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenPatch;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.versions.Endpoint;
import io.github.ocpi4j.model.v221.versions.InterfaceRole;
import io.github.ocpi4j.model.v221.versions.ModuleID;
import io.github.ocpi4j.model.v221.versions.VersionDetails;
import io.github.ocpi4j.model.v221.versions.VersionNumber;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import io.github.ocpi4j.server.internal.Call;
import io.github.ocpi4j.server.internal.HttpError;
import io.github.ocpi4j.server.internal.Registrations;
import io.github.ocpi4j.server.internal.Reply;
import io.github.ocpi4j.server.internal.Route;
import io.github.ocpi4j.server.internal.ServerSupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of OCPI 2.2.1 below {@code 2.2.1/}: version details, credentials (the registration handshake as the
 * receiving party) and every module whose service the host registered, with the checks the specification puts on
 * them: client-owned objects in the URL belong to the requesting party, ids in the URL match the body, and lists of
 * sessions and CDRs hold only the requesting party's own.
 */
final class V221Routes {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.ocpi4j.server");
    private static final String V = "2.2.1";

    private final V221Services services;
    private final ServerSupport support;
    private final V221Urls urls;
    private final List<Route> routes = new ArrayList<>();

    V221Routes(V221Services services, ServerSupport support) {
        this.services = services;
        this.support = support;
        this.urls = new V221Urls(support);
    }

    List<Route> routes() {
        route("GET", "", "versions", "SENDER", null, c -> Reply.ok(details()));
        credentials();
        if (services.locationsSender != null) {
            locationsSender(services.locationsSender);
        }
        if (services.locationsReceiver != null) {
            locationsReceiver(services.locationsReceiver);
        }
        if (services.sessionsSender != null) {
            sessionsSender(services.sessionsSender);
        }
        if (services.sessionsReceiver != null) {
            sessionsReceiver(services.sessionsReceiver);
        }
        if (services.cdrsSender != null) {
            cdrsSender(services.cdrsSender);
        }
        if (services.cdrsReceiver != null) {
            cdrsReceiver(services.cdrsReceiver);
        }
        if (services.tariffsSender != null) {
            TariffsSenderService s = services.tariffsSender;
            list("tariffs", s::tariffs, null);
        }
        if (services.tariffsReceiver != null) {
            tariffsReceiver(services.tariffsReceiver);
        }
        if (services.tokensSender != null) {
            tokensSender(services.tokensSender);
        }
        if (services.tokensReceiver != null) {
            tokensReceiver(services.tokensReceiver);
        }
        if (services.commandsReceiver != null) {
            commandsReceiver(services.commandsReceiver);
        }
        if (services.commandsSender != null) {
            commandsSender(services.commandsSender);
        }
        if (services.chargingProfilesReceiver != null) {
            chargingProfilesReceiver(services.chargingProfilesReceiver);
        }
        if (services.chargingProfilesSender != null) {
            chargingProfilesSender(services.chargingProfilesSender);
        }
        if (services.hubClientInfoReceiver != null) {
            hubClientInfoReceiver(services.hubClientInfoReceiver);
        }
        if (services.hubClientInfoSender != null) {
            HubClientInfoSenderService s = services.hubClientInfoSender;
            list("hubclientinfo", s::clientInfos, null);
        }
        return routes;
    }

    // ---- versions and credentials ----------------------------------------------------------------------------

    /** The endpoints: credentials, and one per registered module and role ({@code [[version_information_endpoint_version_details_endpoint]]}). */
    private VersionDetails details() {
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        endpoints.put("credentials", new Endpoint(ModuleID.CREDENTIALS, InterfaceRole.SENDER, urls.credentialsUrl()));
        for (Route route : routes) {
            List<String> p = route.pattern(); // 2.2.1/{sender|receiver}/{module}/...
            if (p.size() >= 3 && (p.get(1).equals("sender") || p.get(1).equals("receiver"))) {
                InterfaceRole role = InterfaceRole.valueOf(route.role());
                endpoints.computeIfAbsent(
                        route.module() + "/" + role,
                        k -> new Endpoint(
                                ModuleID.of(route.module()), role, urls.endpointUrl(route.module(), role.name())));
            }
        }
        return new VersionDetails(VersionNumber.V2_2_1, List.copyOf(endpoints.values()));
    }

    private Credentials ours(@Nullable String token) {
        return new Credentials(token, support.versionsUrl(), support.roles());
    }

    /** The credentials module, run by ocpi4j ({@code [[credentials_credentials_endpoint]]}). */
    private void credentials() {
        String path = "credentials";
        route(
                "GET",
                path,
                "credentials",
                "SENDER",
                null,
                c -> Reply.ok(ours(c.context().party().incomingToken())));
        route("POST", path, "credentials", "SENDER", OcpiType.of(Credentials.class), c -> {
            Party party = c.context().party();
            if (party.status() != Party.Status.PENDING) {
                throw new HttpError(405, OcpiStatusCode.CLIENT_ERROR, "already registered: use PUT to update");
            }
            return Reply.ok(ours(connect(party, c.body(Credentials.class))));
        });
        route("PUT", path, "credentials", "SENDER", OcpiType.of(Credentials.class), c -> {
            Party party = c.context().party();
            if (party.status() != Party.Status.REGISTERED) {
                throw new HttpError(405, OcpiStatusCode.CLIENT_ERROR, "not registered: use POST to register");
            }
            return Reply.ok(ours(connect(party, c.body(Credentials.class))));
        });
        route("DELETE", path, "credentials", "SENDER", null, c -> {
            Party party = c.context().party();
            if (party.status() != Party.Status.REGISTERED) {
                throw new HttpError(405, OcpiStatusCode.CLIENT_ERROR, "not registered");
            }
            support.partyStore().delete(party.id());
            LOG.info("{} unregistered", party.id());
            return Reply.ok();
        });
    }

    /**
     * Registers or updates a party from its credentials: checks its versions URL (2001 when it is no http(s) URL)
     * and that its roles are no one else's (2001), fetches its versions and this version's endpoints with its token
     * (3001 when that fails, 3002 without 2.2.1, 3003 without the endpoints this side needs), issues a new token for
     * it and keeps both; the token it used until now stops working.
     *
     * @return the new token the party is to use
     */
    private String connect(Party party, Credentials theirs) {
        Registrations registrations = support.registrations();
        Registrations.checkVersionsUrl(theirs.url());
        List<PartyRole> roles = theirs.roles().stream().map(Registrations::role).toList();
        registrations.checkRolesFree(party, roles); // before calling anyone back
        Partner partner;
        try {
            partner = support.client()
                    .connect(
                            theirs.url(),
                            theirs.token(),
                            party.plainTokenAllowed(),
                            io.github.ocpi4j.client.CallOptions.NONE);
        } catch (OcpiNegotiationException e) {
            throw new OcpiStatusException(OcpiStatusCode.UNSUPPORTED_VERSION, e.getMessage());
        } catch (OcpiException | IllegalArgumentException e) { // the latter: a URL in its answers cannot be called
            LOG.info("{} could not be called back at {}: {}", party.id(), theirs.url(), e.toString());
            throw new OcpiStatusException(
                    OcpiStatusCode.UNABLE_TO_USE_CLIENT_API,
                    "could not fetch your versions and endpoints: " + Registrations.whyNotFetched(e));
        }
        List<String> missing = new ArrayList<>();
        for (PartyEndpoint need : support.requiredEndpoints()) {
            if (!partner.hasEndpoint(need.module(), need.role())) {
                missing.add(need.module() + " " + need.role());
            }
        }
        if (!missing.isEmpty()) {
            throw new OcpiStatusException(
                    OcpiStatusCode.NO_MATCHING_ENDPOINTS, "expected endpoints missing: " + missing);
        }
        String token = CredentialsTokens.generate();
        Party registered = new Party(
                party.id(),
                Party.Status.REGISTERED,
                token,
                theirs.token(),
                theirs.url(),
                partner.version(),
                roles,
                partner.endpoints(),
                party.plainTokenAllowed());
        registrations.save(party, registered);
        LOG.info(
                "{} {} with OCPI {} as {}",
                party.id(),
                party.status() == Party.Status.PENDING ? "registered" : "updated its registration",
                partner.version(),
                roles);
        return token;
    }

    // ---- locations ---------------------------------------------------------------------------------------------

    private void locationsSender(LocationsSenderService s) {
        list("locations", s::locations, null);
        String base = "sender/locations/";
        route(
                "GET",
                base + "{location_id}",
                null,
                c -> found(s.location(c.context(), c.ciParam("location_id")), "location"));
        route(
                "GET",
                base + "{location_id}/{evse_uid}",
                null,
                c -> found(s.evse(c.context(), c.ciParam("location_id"), c.ciParam("evse_uid")), "EVSE"));
        route(
                "GET",
                base + "{location_id}/{evse_uid}/{connector_id}",
                null,
                c -> found(
                        s.connector(
                                c.context(),
                                c.ciParam("location_id"),
                                c.ciParam("evse_uid"),
                                c.ciParam("connector_id")),
                        "connector"));
    }

    private void locationsReceiver(LocationsReceiverService s) {
        String location = "receiver/locations/{country_code}/{party_id}/{location_id}";
        String evse = location + "/{evse_uid}";
        String connector = evse + "/{connector_id}";
        route(
                "GET",
                location,
                null,
                c -> found(s.location(c.context(), cc(c), pid(c), c.ciParam("location_id")), "location"));
        route(
                "GET",
                evse,
                null,
                c -> found(
                        s.evse(c.context(), cc(c), pid(c), c.ciParam("location_id"), c.ciParam("evse_uid")), "EVSE"));
        route(
                "GET",
                connector,
                null,
                c -> found(
                        s.connector(
                                c.context(),
                                cc(c),
                                pid(c),
                                c.ciParam("location_id"),
                                c.ciParam("evse_uid"),
                                c.ciParam("connector_id")),
                        "connector"));
        route("PUT", location, OcpiType.of(Location.class), c -> {
            Location body = c.body(Location.class);
            owner(c, body.countryCode(), body.partyId());
            same("location_id", c.ciParam("location_id"), body.id());
            return Reply.stored(s.putLocation(c.context(), body));
        });
        route("PUT", evse, OcpiType.of(EVSE.class), c -> {
            EVSE body = c.body(EVSE.class);
            same("evse_uid", c.ciParam("evse_uid"), body.uid());
            return stored(s.putEvse(c.context(), cc(c), pid(c), c.ciParam("location_id"), body), "location");
        });
        route("PUT", connector, OcpiType.of(Connector.class), c -> {
            Connector body = c.body(Connector.class);
            same("connector_id", c.ciParam("connector_id"), body.id());
            return stored(
                    s.putConnector(c.context(), cc(c), pid(c), c.ciParam("location_id"), c.ciParam("evse_uid"), body),
                    "EVSE");
        });
        route("PATCH", location, OcpiType.of(LocationPatch.class), c -> {
            LocationPatch body = c.body(LocationPatch.class);
            same("country_code", cc(c), body.countryCode());
            same("party_id", pid(c), body.partyId());
            same("location_id", c.ciParam("location_id"), body.id());
            return patched(s.patchLocation(c.context(), cc(c), pid(c), c.ciParam("location_id"), body), "location");
        });
        route("PATCH", evse, OcpiType.of(EVSEPatch.class), c -> {
            EVSEPatch body = c.body(EVSEPatch.class);
            same("evse_uid", c.ciParam("evse_uid"), body.uid());
            return patched(
                    s.patchEvse(c.context(), cc(c), pid(c), c.ciParam("location_id"), c.ciParam("evse_uid"), body),
                    "EVSE");
        });
        route("PATCH", connector, OcpiType.of(ConnectorPatch.class), c -> {
            ConnectorPatch body = c.body(ConnectorPatch.class);
            same("connector_id", c.ciParam("connector_id"), body.id());
            return patched(
                    s.patchConnector(
                            c.context(),
                            cc(c),
                            pid(c),
                            c.ciParam("location_id"),
                            c.ciParam("evse_uid"),
                            c.ciParam("connector_id"),
                            body),
                    "connector");
        });
    }

    // ---- sessions and CDRs -------------------------------------------------------------------------------------

    private void sessionsSender(SessionsSenderService s) {
        list("sessions", s::sessions, Session::cdrToken);
        route(
                "PUT",
                "sender/sessions/{session_id}/charging_preferences",
                OcpiType.of(ChargingPreferences.class),
                c -> found(
                        s.setChargingPreferences(
                                c.context(), c.ciParam("session_id"), c.body(ChargingPreferences.class)),
                        "session"));
    }

    private void sessionsReceiver(SessionsReceiverService s) {
        String path = "receiver/sessions/{country_code}/{party_id}/{session_id}";
        route("GET", path, null, c -> found(s.session(c.context(), cc(c), pid(c), c.ciParam("session_id")), "session"));
        route("PUT", path, OcpiType.of(Session.class), c -> {
            Session body = c.body(Session.class);
            owner(c, body.countryCode(), body.partyId());
            same("session_id", c.ciParam("session_id"), body.id());
            return Reply.stored(s.putSession(c.context(), body));
        });
        route("PATCH", path, OcpiType.of(SessionPatch.class), c -> {
            SessionPatch body = c.body(SessionPatch.class);
            same("country_code", cc(c), body.countryCode());
            same("party_id", pid(c), body.partyId());
            same("session_id", c.ciParam("session_id"), body.id());
            return patched(s.patchSession(c.context(), cc(c), pid(c), c.ciParam("session_id"), body), "session");
        });
    }

    private void cdrsSender(CdrsSenderService s) {
        list("cdrs", s::cdrs, CDR::cdrToken);
    }

    private void cdrsReceiver(CdrsReceiverService s) {
        route("POST", "receiver/cdrs", OcpiType.of(CDR.class), c -> {
            CDR cdr = c.body(CDR.class);
            if (!c.context().owns(cdr.countryCode(), cdr.partyId())) {
                throw OcpiStatusException.invalidOrMissingParameters("the CDR belongs to " + cdr.countryCode() + "-"
                        + cdr.partyId() + ", not to the party that sent it");
            }
            Stored stored = s.postCdr(c.context(), cdr);
            String url = support.url(
                    V,
                    "receiver",
                    "cdrs",
                    cdr.countryCode().value(),
                    cdr.partyId().value(),
                    cdr.id().value());
            return new Reply(stored == Stored.CREATED ? 201 : 200, null, Map.of("Location", url));
        });
        route(
                "GET",
                "receiver/cdrs/{country_code}/{party_id}/{cdr_id}",
                null,
                c -> found(s.cdr(c.context(), cc(c), pid(c), c.ciParam("cdr_id")), "CDR"));
    }

    // ---- tariffs -----------------------------------------------------------------------------------------------

    private void tariffsReceiver(TariffsReceiverService s) {
        String path = "receiver/tariffs/{country_code}/{party_id}/{tariff_id}";
        route("GET", path, null, c -> found(s.tariff(c.context(), cc(c), pid(c), c.ciParam("tariff_id")), "tariff"));
        route("PUT", path, OcpiType.of(Tariff.class), c -> {
            Tariff body = c.body(Tariff.class);
            owner(c, body.countryCode(), body.partyId());
            same("tariff_id", c.ciParam("tariff_id"), body.id());
            return Reply.stored(s.putTariff(c.context(), body));
        });
        route(
                "DELETE",
                path,
                null,
                c -> patched(s.deleteTariff(c.context(), cc(c), pid(c), c.ciParam("tariff_id")), "tariff"));
    }

    // ---- tokens ------------------------------------------------------------------------------------------------

    private void tokensSender(TokensSenderService s) {
        list("tokens", s::tokens, null);
        // the LocationReferences are optional: an empty body asks without a location
        routes.add(Route.of(
                        "POST",
                        V + "/sender/tokens/{token_uid}/authorize",
                        "tokens",
                        "SENDER",
                        OcpiType.of(LocationReferences.class),
                        c -> s.authorize(c.context(), c.ciParam("token_uid"), tokenType(c), (LocationReferences)
                                        c.body())
                                .map(Reply::ok)
                                .orElseThrow(() -> new HttpError(404, OcpiStatusCode.UNKNOWN_TOKEN, "unknown token")))
                .withOptionalBody());
    }

    private void tokensReceiver(TokensReceiverService s) {
        String path = "receiver/tokens/{country_code}/{party_id}/{token_uid}";
        route(
                "GET",
                path,
                null,
                c -> found(s.token(c.context(), cc(c), pid(c), c.ciParam("token_uid"), tokenType(c)), "token"));
        route("PUT", path, OcpiType.of(Token.class), c -> {
            Token body = c.body(Token.class);
            owner(c, body.countryCode(), body.partyId());
            same("token_uid", c.ciParam("token_uid"), body.uid());
            if (c.query("type") != null && !tokenType(c).equals(body.type())) {
                throw OcpiStatusException.invalidOrMissingParameters(
                        "type " + c.query("type") + " in the URL differs from the token's " + body.type());
            }
            return Reply.stored(s.putToken(c.context(), body));
        });
        route("PATCH", path, OcpiType.of(TokenPatch.class), c -> {
            TokenPatch body = c.body(TokenPatch.class);
            same("country_code", cc(c), body.countryCode());
            same("party_id", pid(c), body.partyId());
            same("token_uid", c.ciParam("token_uid"), body.uid());
            // uid and type identify a token: a PATCH cannot turn the URL's token into one of another type
            TokenType type = tokenType(c);
            body.type().value().filter(t -> !t.equals(type)).ifPresent(t -> {
                throw OcpiStatusException.invalidOrMissingParameters(
                        "type in the URL (" + type + ") differs from the body's (" + t + ")");
            });
            return patched(s.patchToken(c.context(), cc(c), pid(c), c.ciParam("token_uid"), type, body), "token");
        });
    }

    private static TokenType tokenType(Call c) {
        String type = c.query("type");
        return type == null || type.isEmpty() ? TokenType.RFID : TokenType.of(type);
    }

    // ---- commands ----------------------------------------------------------------------------------------------

    private void commandsReceiver(CommandsReceiverService s) {
        String base = "receiver/commands/";
        command(base + "START_SESSION", StartSession.class, c -> {
            StartSession command = c.body(StartSession.class);
            ownToken(c, command.token());
            return s.startSession(c.context(), command);
        });
        command(base + "STOP_SESSION", StopSession.class, c -> s.stopSession(c.context(), c.body(StopSession.class)));
        command(base + "RESERVE_NOW", ReserveNow.class, c -> {
            ReserveNow command = c.body(ReserveNow.class);
            ownToken(c, command.token());
            return s.reserveNow(c.context(), command);
        });
        command(
                base + "CANCEL_RESERVATION",
                CancelReservation.class,
                c -> s.cancelReservation(c.context(), c.body(CancelReservation.class)));
        command(
                base + "UNLOCK_CONNECTOR",
                UnlockConnector.class,
                c -> s.unlockConnector(c.context(), c.body(UnlockConnector.class)));
        // a command type this version does not define ({@code CommandType} is open): not supported
        route("POST", base + "{command}", null, c -> Reply.ok(CommandsReceiverService.NOT_SUPPORTED));
    }

    private void command(String path, Class<?> body, Function<Call, Object> handler) {
        route("POST", path, OcpiType.of(body), c -> Reply.ok(handler.apply(c)));
    }

    private static void ownToken(Call c, @Nullable Token token) {
        if (token != null && !c.context().owns(token.countryCode(), token.partyId())) {
            throw OcpiStatusException.invalidOrMissingParameters("the token belongs to " + token.countryCode() + "-"
                    + token.partyId() + ": an eMSP SHALL only use its own tokens");
        }
    }

    private void commandsSender(CommandsSenderService s) {
        route("POST", "sender/commands/{command}/{id}", OcpiType.of(CommandResult.class), c -> {
            s.commandResult(
                    c.context(), CommandType.of(c.param("command")), c.param("id"), c.body(CommandResult.class));
            return Reply.ok();
        });
    }

    // ---- charging profiles -------------------------------------------------------------------------------------

    private void chargingProfilesReceiver(ChargingProfilesReceiverService s) {
        String path = "receiver/chargingprofiles/{session_id}";
        route("GET", path, null, c -> {
            String responseUrl = responseUrl(c);
            String duration = required(c, "duration");
            int seconds;
            try {
                seconds = Integer.parseInt(duration);
            } catch (NumberFormatException e) {
                throw OcpiStatusException.invalidOrMissingParameters("duration must be an integer, was " + duration);
            }
            if (seconds < 0) {
                throw OcpiStatusException.invalidOrMissingParameters("duration must not be negative, was " + duration);
            }
            return Reply.ok(s.activeProfile(c.context(), c.ciParam("session_id"), seconds, responseUrl));
        });
        route(
                "PUT",
                path,
                OcpiType.of(SetChargingProfile.class),
                c -> Reply.ok(s.setProfile(c.context(), c.ciParam("session_id"), c.body(SetChargingProfile.class))));
        route(
                "DELETE",
                path,
                null,
                c -> Reply.ok(s.clearProfile(c.context(), c.ciParam("session_id"), responseUrl(c))));
    }

    /** The required {@code response_url} query parameter: a URL, at most 255 characters ({@code [[types_url_type]]}). */
    private static String responseUrl(Call c) {
        String url = required(c, "response_url");
        String violation = url.length() > 255
                ? "string(255): " + url.length() + " characters, at most 255 allowed"
                : Formats.url(url);
        if (violation != null) {
            throw OcpiStatusException.invalidOrMissingParameters("response_url: " + violation);
        }
        return url;
    }

    private void chargingProfilesSender(ChargingProfilesSenderService s) {
        String results = "sender/chargingprofiles/results/";
        route(
                "POST",
                results + V221Urls.segment(ChargingProfileRequest.ACTIVE_PROFILE) + "/{id}",
                OcpiType.of(ActiveChargingProfileResult.class),
                c -> {
                    s.activeProfileResult(c.context(), c.param("id"), c.body(ActiveChargingProfileResult.class));
                    return Reply.ok();
                });
        route(
                "POST",
                results + V221Urls.segment(ChargingProfileRequest.SET_PROFILE) + "/{id}",
                OcpiType.of(ChargingProfileResult.class),
                c -> {
                    s.setProfileResult(c.context(), c.param("id"), c.body(ChargingProfileResult.class));
                    return Reply.ok();
                });
        route(
                "POST",
                results + V221Urls.segment(ChargingProfileRequest.CLEAR_PROFILE) + "/{id}",
                OcpiType.of(ClearProfileResult.class),
                c -> {
                    s.clearProfileResult(c.context(), c.param("id"), c.body(ClearProfileResult.class));
                    return Reply.ok();
                });
        route("PUT", "sender/chargingprofiles/{session_id}", OcpiType.of(ActiveChargingProfile.class), c -> {
            s.activeProfileChanged(c.context(), c.ciParam("session_id"), c.body(ActiveChargingProfile.class));
            return Reply.ok();
        });
    }

    // ---- hub client info ---------------------------------------------------------------------------------------

    private void hubClientInfoReceiver(HubClientInfoReceiverService s) {
        String path = "receiver/hubclientinfo/{country_code}/{party_id}";
        route("GET", path, null, c -> {
            hub(c);
            return found(s.clientInfo(c.context(), c.ciParam("country_code"), c.ciParam("party_id")), "client info");
        });
        route("PUT", path, OcpiType.of(ClientInfo.class), c -> {
            hub(c);
            ClientInfo body = c.body(ClientInfo.class);
            same("country_code", c.ciParam("country_code"), body.countryCode());
            same("party_id", c.ciParam("party_id"), body.partyId());
            return Reply.stored(s.putClientInfo(c.context(), body));
        });
    }

    /**
     * The Hub owns client info ({@code [[mod_hub_client_info_module]]}): a party without the role HUB may neither
     * push nor read it, or it could report other parties offline.
     */
    private static void hub(Call c) {
        if (!c.context().isHub()) {
            throw new HttpError(
                    403, OcpiStatusCode.CLIENT_ERROR, "only a Hub pushes client info: you have no HUB role");
        }
    }

    // ---- the shared mechanics ----------------------------------------------------------------------------------

    private void route(
            String method, String path, String module, String role, @Nullable OcpiType<?> body, Route.Handler handler) {
        routes.add(Route.of(method, path.isEmpty() ? V : V + "/" + path, module, role, body, handler));
    }

    /**
     * Adds a route of a module's endpoint, whose path starts with the interface role and the module, as in {@code
     * receiver/locations/{country_code}/...}.
     */
    private void route(String method, String path, @Nullable OcpiType<?> body, Route.Handler handler) {
        String[] roleAndModule = path.split("/", 3);
        route(method, path, roleAndModule[1], roleAndModule[0].toUpperCase(Locale.ROOT), body, handler);
    }

    /** The GET of a Sender list; {@code owner} names the eMSP of each object where lists hold only its own. */
    private <T> void list(
            String module,
            BiFunction<RequestContext, PageRequest, PageResult<T>> fetch,
            @Nullable Function<T, @Nullable CdrToken> owner) {
        route("GET", "sender/" + module, null, c -> {
            PageRequest page = c.pageRequest();
            PageResult<T> result = fetch.apply(c.context(), page);
            if (owner != null) {
                List<T> own = result.items().stream()
                        .filter(t -> owns(c.context(), owner.apply(t)))
                        .toList();
                if (own.size() < result.items().size()) {
                    LOG.error(
                            "[X-Request-ID {}] the host's {} page held {} object(s) of parties other than {}: withheld",
                            c.context().requestId(),
                            module,
                            result.items().size() - own.size(),
                            c.context().party().id());
                    // the headers stay those of the host's page: the next one starts after every object the host
                    // returned, withheld ones included, so that no object is sent twice
                    Reply reply = c.page(result, page);
                    return new Reply(reply.httpStatus(), own, reply.headers());
                }
            }
            return c.page(result, page);
        });
    }

    private static boolean owns(RequestContext ctx, @Nullable CdrToken token) {
        return token != null && ctx.owns(token.countryCode(), token.partyId());
    }

    private static Reply found(Optional<?> value, String what) {
        return Reply.ok(value.orElseThrow(() -> HttpError.notFound(what)));
    }

    private static Reply stored(Optional<Stored> stored, String parent) {
        return Reply.stored(stored.orElseThrow(() -> HttpError.notFound(parent)));
    }

    private static Reply patched(boolean found, String what) {
        if (!found) {
            throw HttpError.notFound(what);
        }
        return Reply.ok();
    }

    /** The URL's country code, checked to be one of the requesting party's: another party's objects are invisible. */
    private static CiString cc(Call c) {
        CiString countryCode = c.ciParam("country_code");
        CiString partyId = c.ciParam("party_id");
        if (!c.context().owns(countryCode, partyId)) {
            throw HttpError.notFound(countryCode + "/" + partyId); // [[transport_and_format_errors]]
        }
        return countryCode;
    }

    private static CiString pid(Call c) {
        return c.ciParam("party_id");
    }

    /** The body's owner must be the URL's ({@code [[mod_locations_request_parameters_msp]]}). */
    private static void owner(Call c, @Nullable CiString countryCode, @Nullable CiString partyId) {
        same("country_code", cc(c), countryCode);
        same("party_id", pid(c), partyId);
    }

    /** An id of the URL must equal the body's, when the body has one ({@code [[transport_and_format_errors]]}). */
    private static void same(String name, CiString inUrl, @Nullable Object inBody) {
        Object value = inBody instanceof PatchField<?> field ? field.value().orElse(null) : inBody;
        if (value != null && !inUrl.equals(value)) {
            throw OcpiStatusException.invalidOrMissingParameters(
                    name + " in the URL (" + inUrl + ") differs from the body's (" + value + ")");
        }
    }

    private static String required(Call c, String name) {
        String value = c.query(name);
        if (value == null || value.isEmpty()) {
            throw OcpiStatusException.invalidOrMissingParameters(name + " is required");
        }
        return value;
    }
}
