package io.github.ocpi4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.v221.V221;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfile;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfilePeriod;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResponseType;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResultType;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingRateUnit;
import io.github.ocpi4j.model.v221.chargingprofiles.ClearProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.SetChargingProfile;
import io.github.ocpi4j.model.v221.commands.CancelReservation;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandResultType;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.commands.StopSession;
import io.github.ocpi4j.model.v221.commands.UnlockConnector;
import io.github.ocpi4j.model.v221.hubclientinfo.ClientInfo;
import io.github.ocpi4j.model.v221.hubclientinfo.ConnectionStatus;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.ConnectorPatch;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.EVSEPatch;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.LocationPatch;
import io.github.ocpi4j.model.v221.locations.Status;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v221.sessions.ProfileType;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionPatch;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tokens.AllowedType;
import io.github.ocpi4j.model.v221.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenPatch;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.server.v221.ChargingProfileRequest;
import io.github.ocpi4j.server.v221.V221Urls;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against the server over loopback: once the eMSP has registered with the CPO, each side calls every
 * operation of every module of the other through {@code partner.v221()}, the other side's {@link OcpiServer}
 * answering with in-memory services ({@link InMemoryCpo}, {@link InMemoryEmsp}). Both servers page by 2.
 */
class ClientServerEndToEndTest {
    private static final Instant T0 = Instant.parse("2024-04-01T00:00:00Z");

    private final TwoPlatforms platforms = new TwoPlatforms();
    private final InMemoryCpo cpoSide = platforms.cpo;
    private final InMemoryEmsp emspSide = platforms.emsp;
    /** The CPO's modules, as the eMSP calls them. */
    private V221 cpo;
    /** The eMSP's modules, as the CPO calls them. */
    private V221 emsp;

    @BeforeEach
    void register() {
        platforms.register();
        cpo = platforms.cpoForEmsp().v221();
        emsp = platforms.emspForCpo().v221();
    }

    @AfterEach
    void stop() {
        platforms.close();
    }

    // ---- locations

    @Test
    void emspPullsTheCposLocationsOverEveryPage() {
        List<Location> locations = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> Fixtures.location("NL", "CPO", "LOC" + i).toBuilder()
                        .lastUpdated(T0.plusSeconds(60L * i))
                        .build())
                .toList();
        cpoSide.locations.addAll(locations);

        assertThat(cpo.locationsSender().stream(ListQuery.all())).containsExactlyElementsOf(locations);

        Page<Location> first = cpo.locationsSender().page(ListQuery.all());
        assertThat(first.items()).containsExactlyElementsOf(locations.subList(0, 2));
        assertThat(first.totalCount()).isEqualTo(5);
        assertThat(first.limit()).isEqualTo(2);
        assertThat(first.nextUrl()).isEqualTo(cpoUrl("sender/locations?offset=2&limit=2"));
        Page<Location> second = cpo.locationsSender().page(first.nextUrl());
        assertThat(second.items()).containsExactlyElementsOf(locations.subList(2, 4));

        assertThat(cpo.locationsSender().stream(ListQuery.all().dateFrom(T0.plusSeconds(180))))
                .containsExactlyElementsOf(locations.subList(2, 5));
        assertThat(cpo.locationsSender().stream(ListQuery.all().dateTo(T0.plusSeconds(180))))
                .containsExactlyElementsOf(locations.subList(0, 2));
    }

    @Test
    void emspGetsOneLocationEvseAndConnectorOfTheCpo() {
        Location location = Fixtures.location("NL", "CPO", "LOC1");
        cpoSide.locations.add(location);

        assertThat(cpo.locationsSender().location("LOC1")).contains(location);
        assertThat(cpo.locationsSender().evse("LOC1", "3256"))
                .contains(location.evses().get(0));
        assertThat(cpo.locationsSender().connector("LOC1", "3256", "1"))
                .contains(location.evses().get(0).connectors().get(0));
        assertThat(cpo.locationsSender().location("NOPE")).isEmpty();
        assertThat(cpo.locationsSender().evse("LOC1", "NOPE")).isEmpty();
        assertThat(cpo.locationsSender().connector("LOC1", "3256", "9")).isEmpty();
    }

    @Test
    void cpoPushesLocationsEvsesAndConnectorsAndTheirPatches() {
        Location location = Fixtures.location("NL", "CPO", "LOC1");
        EVSE evse = location.evses().get(0);
        Connector connector = evse.connectors().get(0);
        emsp.locationsReceiver().put(location);
        assertThat(emsp.locationsReceiver().location("NL", "CPO", "LOC1")).contains(location);

        Instant later = Instant.parse("2024-05-01T09:00:00Z");
        EVSE newEvse = evse.toBuilder()
                .uid("9999")
                .evseId("NL*CPO*E9999")
                .lastUpdated(later)
                .build();
        emsp.locationsReceiver().putEvse("NL", "CPO", "LOC1", newEvse);
        assertThat(emsp.locationsReceiver().evse("NL", "CPO", "LOC1", "9999")).contains(newEvse);
        assertThat(stored("LOC1").lastUpdated()).isEqualTo(later);

        Instant latest = later.plusSeconds(60);
        Connector newConnector =
                connector.toBuilder().id("3").lastUpdated(latest).build();
        emsp.locationsReceiver().putConnector("NL", "CPO", "LOC1", "3256", newConnector);
        assertThat(emsp.locationsReceiver().connector("NL", "CPO", "LOC1", "3256", "3"))
                .contains(newConnector);
        assertThat(stored("LOC1").lastUpdated()).isEqualTo(latest);
        assertThat(stored("LOC1").evses().get(0).lastUpdated()).isEqualTo(latest);

        emsp.locationsReceiver()
                .patch(
                        "NL",
                        "CPO",
                        "LOC1",
                        read(
                                "{\"name\":\"Gent Noord\",\"last_updated\":\"2024-05-01T10:00:00Z\"}",
                                LocationPatch.class));
        assertThat(stored("LOC1").name()).isEqualTo("Gent Noord");
        assertThat(stored("LOC1").lastUpdated()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));

        emsp.locationsReceiver()
                .patchEvse(
                        "NL",
                        "CPO",
                        "LOC1",
                        "3256",
                        read("{\"status\":\"CHARGING\",\"last_updated\":\"2024-05-01T10:01:00Z\"}", EVSEPatch.class));
        assertThat(emsp.locationsReceiver().evse("NL", "CPO", "LOC1", "3256"))
                .hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(Status.CHARGING));

        emsp.locationsReceiver()
                .patchConnector(
                        "NL",
                        "CPO",
                        "LOC1",
                        "3256",
                        "1",
                        read("{\"max_voltage\":400,\"last_updated\":\"2024-05-01T10:02:00Z\"}", ConnectorPatch.class));
        assertThat(emsp.locationsReceiver().connector("NL", "CPO", "LOC1", "3256", "1"))
                .hasValueSatisfying(c -> assertThat(c.maxVoltage()).isEqualTo(400));
        assertThat(stored("LOC1").evses())
                .extracting(EVSE::uid)
                .containsExactly(CiString.of("3256"), CiString.of("3257"), CiString.of("9999"));
    }

    @Test
    void cpoCannotPushBelowALocationTheEmspDoesNotKnowNorAnotherPartysLocation() {
        EVSE evse = Fixtures.location("NL", "CPO", "LOC1").evses().get(0);

        OcpiHttpException unknown = catchThrowableOfType(
                OcpiHttpException.class, () -> emsp.locationsReceiver().putEvse("NL", "CPO", "NOPE", evse));
        assertThat(unknown.httpStatus()).isEqualTo(404);
        assertThat(unknown.statusMessage()).isEqualTo("location not found: PUT the location before what goes into it");

        OcpiHttpException theirs = catchThrowableOfType(
                OcpiHttpException.class, () -> emsp.locationsReceiver().put(Fixtures.location("DE", "OTH", "LOC1")));
        assertThat(theirs.httpStatus()).isEqualTo(404);
        assertThat(emspSide.locations).isEmpty();
        assertThat(emsp.locationsReceiver().location("NL", "CPO", "LOC1")).isEmpty();
    }

    // ---- sessions

    @Test
    void cpoPushesASessionAndPatchesItsChargingPeriodsOn() {
        Session session = Fixtures.session("S1", "EMS");
        emsp.sessionsReceiver().put(session);
        assertThat(emsp.sessionsReceiver().session("NL", "CPO", "S1")).contains(session);

        SessionPatch patch = read(example("session_patch_example_charging_period.json"), SessionPatch.class);
        emsp.sessionsReceiver().patch("NL", "CPO", "S1", patch);

        Session patched = emsp.sessionsReceiver().session("NL", "CPO", "S1").orElseThrow();
        assertThat(patched.kwh()).isEqualByComparingTo("15.00");
        assertThat(patched.chargingPeriods()).hasSize(4);
        assertThat(patched.chargingPeriods().subList(0, 3)).isEqualTo(session.chargingPeriods());
        assertThat(patched.chargingPeriods().get(3).startDateTime()).isEqualTo(Instant.parse("2019-06-23T08:16:02Z"));
        assertThat(patched.lastUpdated()).isEqualTo(Instant.parse("2019-06-23T08:16:02Z"));
        assertThat(emsp.sessionsReceiver().session("NL", "CPO", "S9")).isEmpty();
    }

    @Test
    void emspPullsOnlyTheSessionsOfItsOwnTokensAndSetsChargingPreferences() {
        List<Session> own =
                List.of(Fixtures.session("S1", "EMS"), Fixtures.session("S2", "EMS"), Fixtures.session("S4", "EMS"));
        cpoSide.sessions.addAll(List.of(own.get(0), own.get(1), Fixtures.session("S3", "OTH"), own.get(2)));

        assertThat(cpo.sessionsSender().stream(ListQuery.all().dateFrom(Instant.EPOCH)))
                .containsExactlyElementsOf(own);

        ChargingPreferences preferences = ChargingPreferences.builder()
                .profileType(ProfileType.GREEN)
                .departureTime(Instant.parse("2024-05-01T18:00:00Z"))
                .energyNeed(new BigDecimal("30"))
                .build();
        assertThat(cpo.sessionsSender().setChargingPreferences("S1", preferences))
                .isEqualTo(ChargingPreferencesResponse.ACCEPTED);
        assertThat(cpoSide.preferences).containsEntry("S1", preferences);

        OcpiHttpException unknown = catchThrowableOfType(
                OcpiHttpException.class, () -> cpo.sessionsSender().setChargingPreferences("S9", preferences));
        assertThat(unknown.httpStatus()).isEqualTo(404);
    }

    // ---- CDRs

    @Test
    void cpoPostsACdrAndGetsItBackAtItsLocation() {
        CDR cdr = Fixtures.cdr("CDR1", "EMS");

        String url = emsp.cdrsReceiver().post(cdr);

        assertThat(url).isEqualTo(emspUrl("receiver/cdrs/NL/CPO/CDR1"));
        assertThat(emsp.cdrsReceiver().cdr(url)).contains(cdr);
        assertThat(emspSide.cdrs).containsOnlyKeys("NL/CPO/CDR1");
        assertThat(emsp.cdrsReceiver().post(cdr)).as("the same CDR again").isEqualTo(url);
        assertThat(emsp.cdrsReceiver().cdr(emspUrl("receiver/cdrs/NL/CPO/CDR9")))
                .isEmpty();

        OcpiStatusException differs = catchThrowableOfType(
                OcpiStatusException.class,
                () -> emsp.cdrsReceiver().post(cdr.toBuilder().remark("changed").build()));
        assertThat(differs.statusCode().code()).isEqualTo(2001);
    }

    @Test
    void emspPullsOnlyTheCdrsOfItsOwnTokens() {
        List<CDR> own = List.of(Fixtures.cdr("CDR1", "EMS"), Fixtures.cdr("CDR2", "EMS"), Fixtures.cdr("CDR4", "EMS"));
        cpoSide.cdrs.addAll(List.of(own.get(0), Fixtures.cdr("CDR3", "OTH"), own.get(1), own.get(2)));

        assertThat(cpo.cdrsSender().stream(ListQuery.all())).containsExactlyElementsOf(own);
        assertThat(cpo.cdrsSender().page(ListQuery.all()).totalCount()).isEqualTo(3);
    }

    // ---- tariffs

    @Test
    void emspPullsTheCposTariffs() {
        List<Tariff> tariffs = IntStream.rangeClosed(1, 3)
                .mapToObj(i -> Fixtures.tariff("T" + i, T0.plusSeconds(i)))
                .toList();
        cpoSide.tariffs.addAll(tariffs);

        assertThat(cpo.tariffsSender().stream(ListQuery.all())).containsExactlyElementsOf(tariffs);
        assertThat(cpo.tariffsSender().page(ListQuery.all().offset(2)).items()).containsExactly(tariffs.get(2));
    }

    @Test
    void cpoPushesReplacesAndDeletesATariff() {
        Tariff tariff = Fixtures.tariff("T1", T0);
        emsp.tariffsReceiver().put(tariff);
        assertThat(emsp.tariffsReceiver().tariff("NL", "CPO", "T1")).contains(tariff);

        Tariff replaced = tariff.toBuilder()
                .currency("USD")
                .lastUpdated(T0.plusSeconds(60))
                .build();
        emsp.tariffsReceiver().put(replaced);
        assertThat(emsp.tariffsReceiver().tariff("NL", "CPO", "T1")).contains(replaced);

        emsp.tariffsReceiver().delete("NL", "CPO", "T1");
        assertThat(emsp.tariffsReceiver().tariff("NL", "CPO", "T1")).isEmpty();
        assertThat(emspSide.tariffs).isEmpty();

        OcpiHttpException again = catchThrowableOfType(
                OcpiHttpException.class, () -> emsp.tariffsReceiver().delete("NL", "CPO", "T1"));
        assertThat(again.httpStatus()).isEqualTo(404);
    }

    // ---- tokens

    @Test
    void emspPushesAndPatchesItsTokens() {
        Token rfid = Fixtures.token("NL", "EMS", "TOKEN1", true);
        Token app = rfid.toBuilder()
                .type(TokenType.APP_USER)
                .contractId("NL-EMS-APP1")
                .build();
        cpo.tokensReceiver().put(rfid);
        cpo.tokensReceiver().put(app);

        assertThat(cpo.tokensReceiver().token("NL", "EMS", "TOKEN1", null)).contains(rfid);
        assertThat(cpo.tokensReceiver().token("NL", "EMS", "TOKEN1", TokenType.APP_USER))
                .contains(app);

        TokenPatch invalid = read(example("token_patch_example.json"), TokenPatch.class);
        cpo.tokensReceiver().patch("NL", "EMS", "TOKEN1", TokenType.APP_USER, invalid);

        assertThat(cpo.tokensReceiver().token("NL", "EMS", "TOKEN1", TokenType.APP_USER))
                .contains(app.toBuilder()
                        .valid(false)
                        .lastUpdated(Instant.parse("2019-06-19T02:11:11Z"))
                        .build());
        assertThat(cpo.tokensReceiver().token("NL", "EMS", "TOKEN1", TokenType.RFID))
                .contains(rfid);
        assertThat(cpo.tokensReceiver().token("NL", "EMS", "TOKEN9", null)).isEmpty();
        OcpiHttpException unknown = catchThrowableOfType(
                OcpiHttpException.class, () -> cpo.tokensReceiver().patch("NL", "EMS", "TOKEN9", null, invalid));
        assertThat(unknown.httpStatus()).isEqualTo(404);
    }

    @Test
    void cpoPullsTheEmspsTokens() {
        List<Token> tokens = IntStream.rangeClosed(1, 3)
                .mapToObj(i -> Fixtures.token("NL", "EMS", "TOKEN" + i, true).toBuilder()
                        .lastUpdated(T0.plusSeconds(i))
                        .build())
                .toList();
        emspSide.tokens.addAll(tokens);

        assertThat(emsp.tokensSender().stream(ListQuery.all())).containsExactlyElementsOf(tokens);
    }

    @Test
    void cpoAuthorizesTokensInRealTime() {
        Token valid = Fixtures.token("NL", "EMS", "VALID", true);
        Token blocked = Fixtures.token("NL", "EMS", "BLOCKED", false);
        emspSide.tokens.addAll(List.of(valid, blocked));
        LocationReferences at = LocationReferences.builder()
                .locationId("LOC1")
                .evseUids(List.of(CiString.of("3256")))
                .build();

        AuthorizationInfo allowed = emsp.tokensSender().authorize("VALID", TokenType.RFID, at);
        assertThat(allowed)
                .isEqualTo(new AuthorizationInfo(AllowedType.ALLOWED, valid, at, CiString.of("AUTH-VALID"), null));

        AuthorizationInfo anywhere = emsp.tokensSender().authorize("VALID", null, null);
        assertThat(anywhere.allowed()).isEqualTo(AllowedType.ALLOWED);
        assertThat(anywhere.location()).isNull();

        assertThat(emsp.tokensSender().authorize("BLOCKED", TokenType.RFID, at).allowed())
                .isEqualTo(AllowedType.BLOCKED);

        OcpiStatusException unknown = catchThrowableOfType(
                OcpiStatusException.class, () -> emsp.tokensSender().authorize("NOBODY", TokenType.RFID, at));
        assertThat(unknown.httpStatus()).isEqualTo(404);
        assertThat(unknown.statusCode().code()).isEqualTo(2004);
        assertThat(unknown.statusMessage()).isEqualTo("unknown token");

        assertThat(emspSide.authorizations)
                .containsExactly("VALID RFID LOC1", "VALID RFID -", "BLOCKED RFID LOC1", "NOBODY RFID LOC1");
    }

    // ---- commands

    @Test
    void emspSendsEachCommandAndTheCpoPostsItsResultToTheResponseUrl() {
        // the ids of the response URLs are the host's; one with a space and a slash comes back decoded
        V221Urls urls = platforms.emspServer().v221Urls();
        Token token = Fixtures.token("NL", "EMS", "TOKEN1", true);
        cpoSide.sessions.add(Fixtures.session("S1", "EMS"));
        StartSession start = StartSession.builder()
                .responseUrl(urls.commandResponseUrl(CommandType.START_SESSION, "c1"))
                .token(token)
                .locationId("LOC1")
                .evseUid("3256")
                .connectorId("1")
                .build();
        StopSession stop = StopSession.builder()
                .responseUrl(urls.commandResponseUrl(CommandType.STOP_SESSION, "c2"))
                .sessionId("S1")
                .build();
        ReserveNow reserve = ReserveNow.builder()
                .responseUrl(urls.commandResponseUrl(CommandType.RESERVE_NOW, "c3"))
                .token(token)
                .expiryDate(Instant.parse("2024-05-01T13:00:00Z"))
                .reservationId("R1")
                .locationId("LOC1")
                .build();
        CancelReservation cancel = CancelReservation.builder()
                .responseUrl(urls.commandResponseUrl(CommandType.CANCEL_RESERVATION, "c4"))
                .reservationId("R1")
                .build();
        UnlockConnector unlock = UnlockConnector.builder()
                .responseUrl(urls.commandResponseUrl(CommandType.UNLOCK_CONNECTOR, "c 5/x"))
                .locationId("LOC1")
                .evseUid("3256")
                .connectorId("1")
                .build();
        CommandResponse accepted = new CommandResponse(CommandResponseType.ACCEPTED, 30, List.of());

        assertThat(cpo.commandsReceiver().startSession(start)).isEqualTo(accepted);
        assertThat(cpo.commandsReceiver().stopSession(stop)).isEqualTo(accepted);
        assertThat(cpo.commandsReceiver().reserveNow(reserve)).isEqualTo(accepted);
        assertThat(cpo.commandsReceiver().cancelReservation(cancel)).isEqualTo(accepted);
        assertThat(cpo.commandsReceiver().unlockConnector(unlock)).isEqualTo(accepted);
        assertThat(cpoSide.commands).containsExactly(start, stop, reserve, cancel, unlock);

        CommandResult done =
                CommandResult.builder().result(CommandResultType.ACCEPTED).build();
        CommandResult failed =
                CommandResult.builder().result(CommandResultType.FAILED).build();
        emsp.commandResults().postResult(start.responseUrl(), done);
        emsp.commandResults().postResult(stop.responseUrl(), done);
        emsp.commandResults().postResult(reserve.responseUrl(), done);
        emsp.commandResults().postResult(cancel.responseUrl(), failed);
        emsp.commandResults().postResult(unlock.responseUrl(), done);

        assertThat(emspSide.commandResults)
                .containsOnly(
                        entry("START_SESSION/c1", done),
                        entry("STOP_SESSION/c2", done),
                        entry("RESERVE_NOW/c3", done),
                        entry("CANCEL_RESERVATION/c4", failed),
                        entry("UNLOCK_CONNECTOR/c 5/x", done));
    }

    @Test
    void cpoRefusesCommandsForAnotherPartysTokenAndStopsOnlySessionsItKnows() {
        V221Urls urls = platforms.emspServer().v221Urls();
        StartSession theirs = StartSession.builder()
                .responseUrl(urls.commandResponseUrl(CommandType.START_SESSION, "c1"))
                .token(Fixtures.token("DE", "OTH", "TOKEN1", true))
                .locationId("LOC1")
                .build();

        OcpiStatusException refused = catchThrowableOfType(
                OcpiStatusException.class, () -> cpo.commandsReceiver().startSession(theirs));
        assertThat(refused.statusCode().code()).isEqualTo(2001);
        assertThat(cpoSide.commands).isEmpty();

        CommandResponse unknown = cpo.commandsReceiver()
                .stopSession(StopSession.builder()
                        .responseUrl(urls.commandResponseUrl(CommandType.STOP_SESSION, "c2"))
                        .sessionId("S9")
                        .build());
        assertThat(unknown.result()).isEqualTo(CommandResponseType.REJECTED);
    }

    // ---- charging profiles

    @Test
    void emspReadsSetsAndClearsChargingProfilesAndTheCpoPostsTheResults() {
        V221Urls urls = platforms.emspServer().v221Urls();
        cpoSide.sessions.add(Fixtures.session("S1", "EMS"));
        ChargingProfile profile = ChargingProfile.builder()
                .chargingRateUnit(ChargingRateUnit.W)
                .chargingProfilePeriod(List.of(ChargingProfilePeriod.builder()
                        .startPeriod(0)
                        .limit(new BigDecimal("11000"))
                        .build()))
                .build();
        String activeUrl = urls.chargingProfileResponseUrl(ChargingProfileRequest.ACTIVE_PROFILE, "p1");
        String setUrl = urls.chargingProfileResponseUrl(ChargingProfileRequest.SET_PROFILE, "p2");
        // a response URL of the host's own making, with a query, goes to the CPO and comes back as it was
        String clearUrl =
                urls.chargingProfileResponseUrl(ChargingProfileRequest.CLEAR_PROFILE, "p3") + "?attempt=1&note=a%20b+c";
        SetChargingProfile set = SetChargingProfile.builder()
                .chargingProfile(profile)
                .responseUrl(setUrl)
                .build();

        assertThat(cpo.chargingProfilesReceiver()
                        .activeProfile("S1", 900, activeUrl)
                        .result())
                .isEqualTo(ChargingProfileResponseType.ACCEPTED);
        assertThat(cpo.chargingProfilesReceiver().set("S1", set).result())
                .isEqualTo(ChargingProfileResponseType.ACCEPTED);
        assertThat(cpoSide.profiles).containsEntry("S1", set);
        assertThat(cpo.chargingProfilesReceiver().clear("S1", clearUrl).result())
                .isEqualTo(ChargingProfileResponseType.ACCEPTED);
        assertThat(cpoSide.profiles).isEmpty();
        assertThat(cpo.chargingProfilesReceiver()
                        .activeProfile("S9", 900, activeUrl)
                        .result())
                .isEqualTo(ChargingProfileResponseType.UNKNOWN_SESSION);
        assertThat(cpoSide.profileRequests)
                .containsExactly(
                        "active S1 900 " + activeUrl,
                        "set S1 " + setUrl,
                        "clear S1 " + clearUrl,
                        "active S9 900 " + activeUrl);

        ActiveChargingProfile active = ActiveChargingProfile.builder()
                .startDateTime(Instant.parse("2024-05-01T12:00:00Z"))
                .chargingProfile(profile)
                .build();
        ActiveChargingProfileResult activeResult = ActiveChargingProfileResult.builder()
                .result(ChargingProfileResultType.ACCEPTED)
                .profile(active)
                .build();
        ChargingProfileResult setResult = new ChargingProfileResult(ChargingProfileResultType.ACCEPTED);
        ClearProfileResult clearResult = new ClearProfileResult(ChargingProfileResultType.REJECTED);
        emsp.chargingProfilesSender().postResult(activeUrl, activeResult);
        emsp.chargingProfilesSender().postResult(setUrl, setResult);
        emsp.chargingProfilesSender().postResult(clearUrl, clearResult);
        emsp.chargingProfilesSender().putActive("S1", active);

        assertThat(emspSide.profileResults)
                .containsOnly(
                        entry("active/p1", activeResult), entry("set/p2", setResult), entry("clear/p3", clearResult));
        assertThat(emspSide.activeProfiles).containsOnly(entry("S1", active));
    }

    // ---- hub client info

    @Test
    void hubClientInfoTravelsBothWays() {
        List<ClientInfo> infos = List.of(
                Fixtures.clientInfo("DE", "OTH", Role.EMSP, ConnectionStatus.CONNECTED),
                Fixtures.clientInfo("BE", "BEC", Role.CPO, ConnectionStatus.OFFLINE),
                Fixtures.clientInfo("FR", "NEW", Role.EMSP, ConnectionStatus.PLANNED));
        cpoSide.clientInfos.addAll(infos);

        assertThat(cpo.hubClientInfoSender().stream(ListQuery.all())).containsExactlyElementsOf(infos);

        // the eMSP takes client info only from a Hub ([[mod_hub_client_info_module]]): here the CPO's platform is one
        OcpiHttpException notAHub = catchThrowableOfType(
                OcpiHttpException.class, () -> emsp.hubClientInfoReceiver().put(infos.get(0)));
        assertThat(notAHub.httpStatus()).isEqualTo(403);
        Party cpoAtTheEmsp = platforms.cpoParty();
        platforms.emspParties.save(cpoAtTheEmsp.withConnection(
                cpoAtTheEmsp.versionsUrl(),
                cpoAtTheEmsp.version(),
                List.of(cpoAtTheEmsp.roles().get(0), PartyRole.of("HUB", "NL", "HUB")),
                cpoAtTheEmsp.endpoints()));
        emsp.hubClientInfoReceiver().put(infos.get(0));
        ClientInfo suspended = infos.get(0).toBuilder()
                .status(ConnectionStatus.SUSPENDED)
                .lastUpdated(Instant.parse("2024-05-01T11:00:00Z"))
                .build();
        emsp.hubClientInfoReceiver().put(suspended);

        assertThat(emsp.hubClientInfoReceiver().clientInfo("DE", "OTH")).contains(suspended);
        assertThat(emsp.hubClientInfoReceiver().clientInfo("BE", "BEC")).isEmpty();
        assertThat(emspSide.clientInfos).hasSize(1);
    }

    // ---- helpers

    private Location stored(String id) {
        return emspSide.locations.get("NL/CPO/" + id);
    }

    private String cpoUrl(String path) {
        return platforms.cpoServer().v221Urls().detailsUrl() + "/" + path;
    }

    private String emspUrl(String path) {
        return platforms.emspServer().v221Urls().detailsUrl() + "/" + path;
    }

    private static String example(String name) {
        return ServerFixture.example(name);
    }

    private static <T> T read(String json, Class<T> type) {
        return OcpiJson.instance().read(json, type).get();
    }

    private static <K, V> java.util.Map.Entry<K, V> entry(K key, V value) {
        return java.util.Map.entry(key, value);
    }
}
