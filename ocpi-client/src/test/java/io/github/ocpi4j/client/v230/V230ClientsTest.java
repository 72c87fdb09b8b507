package io.github.ocpi4j.client.v230;

import static io.github.ocpi4j.client.SpecFixture.array;
import static io.github.ocpi4j.client.SpecFixture.assertCall;
import static io.github.ocpi4j.client.SpecFixture.assertJsonBody;
import static io.github.ocpi4j.client.SpecFixture.assertNoBody;
import static io.github.ocpi4j.client.SpecFixture.assertNoEndpoint;
import static io.github.ocpi4j.client.SpecFixture.assertRejectedBeforeAnyRequest;
import static io.github.ocpi4j.client.SpecFixture.connect;
import static io.github.ocpi4j.client.SpecFixture.envelope;
import static io.github.ocpi4j.client.SpecFixture.exampleOf;
import static io.github.ocpi4j.client.SpecFixture.notFound;
import static io.github.ocpi4j.client.SpecFixture.ok;
import static io.github.ocpi4j.client.SpecFixture.parse;
import static io.github.ocpi4j.client.SpecFixture.receiver;
import static io.github.ocpi4j.client.SpecFixture.sender;
import static io.github.ocpi4j.client.SpecFixture.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.SpecFixture.Offer;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v230.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResponse;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.ClearProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.SetChargingProfile;
import io.github.ocpi4j.model.v230.commands.CancelReservation;
import io.github.ocpi4j.model.v230.commands.CommandResponse;
import io.github.ocpi4j.model.v230.commands.CommandResult;
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
import io.github.ocpi4j.model.v230.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.sessions.SessionPatch;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.model.v230.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v230.tokens.LocationReferences;
import io.github.ocpi4j.model.v230.tokens.Token;
import io.github.ocpi4j.model.v230.tokens.TokenPatch;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method of every OCPI 2.3.0 module client against the specification's 2.3.0 examples: the request's method,
 * URL and body, and what it makes of the answer. One table, {@link #calls()}, one row per method; the behaviour all
 * modules share (paging, retries, envelopes, limits) is the machinery of 2.2.1 and is proved by its tests.
 */
class V230ClientsTest {
    private static final String V = "2.3.0";
    private static final Instant FROM = Instant.parse("2019-01-28T12:00:00Z");

    private static final String LOCATION = exampleOf(V, "location_example.json");
    private static final String EVSE_3256 = exampleOf(V, "location_example.json", "/evses/0");
    private static final String CONNECTOR_1 = exampleOf(V, "location_example.json", "/evses/0/connectors/0");
    private static final String SESSION = exampleOf(V, "session_example_1_simple_start.json");
    /**
     * The CDR example with the {@code tax_included} its Tariff lacks ({@code [[mod_tariffs_tariff_object]]}: card.
     * 1); as the specification writes it, it cannot be sent ({@link #theCdrExampleAsWrittenIsRejectedBeforeAnyRequest}).
     */
    private static final String CDR_JSON = exampleOf(V, "cdr_example.json")
            .replace(
                    "\"last_updated\": \"2024-05-02T14:15:01Z\"",
                    "\"tax_included\": \"NO\", \"last_updated\": \"2024-05-02T14:15:01Z\"");

    private static final String TARIFF = exampleOf(V, "tariff_19_simple_north_american_exclusive.json");
    private static final String TOKEN_JSON = exampleOf(V, "token_example_1_app_user.json");
    private static final String RFID = exampleOf(V, "token_example_2_full_rfid.json");
    private static final String PUT_TOKEN = exampleOf(V, "token_put_example.json");
    private static final String CLIENT_INFO = """
            {"party_id": "ALL", "country_code": "NL", "role": "CPO", "status": "PLANNED",
             "last_updated": "2019-06-24T12:39:09Z"}""";
    private static final String PROFILE = """
            {"start_date_time": "2019-06-24T12:00:00Z", "duration": 900, "charging_rate_unit": "W",
             "charging_profile_period": [{"start_period": 0, "limit": 11000}]}""";
    private static final String ACCEPTED = "{\"result\": \"ACCEPTED\", \"timeout\": 30}";
    private static final String RESPONSE_URL = "https://emsp.example.com/ocpi/2.3.0/results/42";

    @StartStop
    public final MockWebServer server = new MockWebServer();

    /**
     * One method of a module client: the endpoint the partner offers, the call, the answer it gets, the request it
     * must send and what it must return ({@code null} for a method without a result).
     */
    record Call(
            String name,
            Offer offer,
            BiFunction<V230, String, @Nullable Object> call,
            MockResponse answer,
            String method,
            String target,
            @Nullable String body,
            @Nullable Object result) {

        Call answers(MockResponse answer) {
            return new Call(name, offer, call, answer, method, target, body, result);
        }

        Call sends(String method, String target, @Nullable String body) {
            return new Call(name, offer, call, answer, method, target, body, result);
        }

        Call returns(Object result) {
            return new Call(name, offer, call, answer, method, target, body, result);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Call call(String name, Offer offer, Function<V230, @Nullable Object> call) {
        return callAt(name, offer, (v230, base) -> call.apply(v230));
    }

    /** A call that needs the server's URL, {@code http://host:port} without a slash at the end. */
    private static Call callAt(String name, Offer offer, BiFunction<V230, String, @Nullable Object> call) {
        return new Call(name, offer, call, ok(), "", "", null, null);
    }

    private static Call push(String name, Offer offer, Consumer<V230> call) {
        return pushAt(name, offer, (v230, base) -> call.accept(v230));
    }

    private static Call pushAt(String name, Offer offer, BiConsumer<V230, String> call) {
        return callAt(name, offer, (v230, base) -> {
            call.accept(v230, base);
            return null;
        });
    }

    /** A list answered in one page of these objects. */
    private static MockResponse page(String... objects) {
        return envelope(200, 1000, array(objects))
                .setHeader("X-Total-Count", Integer.toString(objects.length))
                .setHeader("X-Limit", "50")
                .build();
    }

    private static <T> Page<T> onePage(T item) {
        return new Page<>(List.of(item), 1, 50, null);
    }

    static Stream<Call> calls() {
        Offer locations = sender(V, "locations");
        Offer emspLocations = receiver(V, "locations");
        Offer sessions = sender(V, "sessions");
        Offer emspSessions = receiver(V, "sessions");
        Offer cdrs = sender(V, "cdrs");
        Offer emspCdrs = receiver(V, "cdrs");
        Offer tariffs = sender(V, "tariffs");
        Offer emspTariffs = receiver(V, "tariffs");
        Offer tokens = sender(V, "tokens");
        Offer cpoTokens = receiver(V, "tokens");
        Offer commands = receiver(V, "commands");
        Offer profiles = receiver(V, "chargingprofiles");
        Offer scsp = sender(V, "chargingprofiles");
        Offer hub = sender(V, "hubclientinfo");
        Offer client = receiver(V, "hubclientinfo");
        ListQuery since = ListQuery.all().dateFrom(FROM).limit(50);
        String sinceQuery = "?date_from=2019-01-28T12:00:00Z&limit=50";
        Location location = parse(LOCATION, Location.class);
        Token token = parse(TOKEN_JSON, Token.class);
        return Stream.of(
                // [[mod_locations_cpo_interface]]
                call(
                                "locations sender: a page",
                                locations,
                                v -> v.locationsSender().page(since))
                        .answers(page(LOCATION))
                        .sends("GET", "/ocpi/2.3.0/locations" + sinceQuery, null)
                        .returns(onePage(location)),
                callAt(
                                "locations sender: the page at a link",
                                locations,
                                (v, base) ->
                                        v.locationsSender().page(base + "/ocpi/2.3.0/locations?offset=50&limit=50"))
                        .answers(page(LOCATION))
                        .sends("GET", "/ocpi/2.3.0/locations?offset=50&limit=50", null)
                        .returns(onePage(location)),
                call(
                                "locations sender: every object",
                                locations,
                                v -> v.locationsSender().stream(since).toList())
                        .answers(page(LOCATION))
                        .sends("GET", "/ocpi/2.3.0/locations" + sinceQuery, null)
                        .returns(List.of(location)),
                call(
                                "locations sender: a location",
                                locations,
                                v -> v.locationsSender().location("LOC1"))
                        .answers(ok(LOCATION))
                        .sends("GET", "/ocpi/2.3.0/locations/LOC1", null)
                        .returns(Optional.of(location)),
                call(
                                "locations sender: an EVSE",
                                locations,
                                v -> v.locationsSender().evse("LOC1", "3256"))
                        .answers(ok(EVSE_3256))
                        .sends("GET", "/ocpi/2.3.0/locations/LOC1/3256", null)
                        .returns(Optional.of(parse(EVSE_3256, EVSE.class))),
                call(
                                "locations sender: a connector",
                                locations,
                                v -> v.locationsSender().connector("LOC1", "3256", "1"))
                        .answers(ok(CONNECTOR_1))
                        .sends("GET", "/ocpi/2.3.0/locations/LOC1/3256/1", null)
                        .returns(Optional.of(parse(CONNECTOR_1, Connector.class))),
                call(
                                "locations sender: an unknown location",
                                locations,
                                v -> v.locationsSender().location("LOC9"))
                        .answers(notFound())
                        .sends("GET", "/ocpi/2.3.0/locations/LOC9", null)
                        .returns(Optional.empty()),
                // [[mod_locations_emsp_interface]]
                call(
                                "locations receiver: a location",
                                emspLocations,
                                v -> v.locationsReceiver().location("BE", "BEC", "LOC1"))
                        .answers(ok(LOCATION))
                        .sends("GET", "/ocpi/2.3.0/locations/BE/BEC/LOC1", null)
                        .returns(Optional.of(location)),
                call(
                                "locations receiver: an EVSE",
                                emspLocations,
                                v -> v.locationsReceiver().evse("BE", "BEC", "LOC1", "3256"))
                        .answers(ok(EVSE_3256))
                        .sends("GET", "/ocpi/2.3.0/locations/BE/BEC/LOC1/3256", null)
                        .returns(Optional.of(parse(EVSE_3256, EVSE.class))),
                call(
                                "locations receiver: a connector",
                                emspLocations,
                                v -> v.locationsReceiver().connector("BE", "BEC", "LOC1", "3256", "1"))
                        .answers(ok(CONNECTOR_1))
                        .sends("GET", "/ocpi/2.3.0/locations/BE/BEC/LOC1/3256/1", null)
                        .returns(Optional.of(parse(CONNECTOR_1, Connector.class))),
                push(
                                "locations receiver: PUT a location with its parking places",
                                emspLocations,
                                v -> v.locationsReceiver().put(location))
                        .sends("PUT", "/ocpi/2.3.0/locations/BE/BEC/LOC1", LOCATION),
                push(
                                "locations receiver: PUT an EVSE",
                                emspLocations,
                                v -> v.locationsReceiver().putEvse("BE", "BEC", "LOC1", parse(EVSE_3256, EVSE.class)))
                        .sends("PUT", "/ocpi/2.3.0/locations/BE/BEC/LOC1/3256", EVSE_3256),
                push(
                                "locations receiver: PUT a connector",
                                emspLocations,
                                v -> v.locationsReceiver()
                                        .putConnector("BE", "BEC", "LOC1", "3256", parse(CONNECTOR_1, Connector.class)))
                        .sends("PUT", "/ocpi/2.3.0/locations/BE/BEC/LOC1/3256/1", CONNECTOR_1),
                push(
                                "locations receiver: PATCH a location",
                                emspLocations,
                                v -> v.locationsReceiver()
                                        .patch(
                                                "NL",
                                                "TNM",
                                                "1012",
                                                example("location_patch_example_location.json", LocationPatch.class)))
                        .sends(
                                "PATCH",
                                "/ocpi/2.3.0/locations/NL/TNM/1012",
                                exampleOf(V, "location_patch_example_location.json")),
                push(
                                "locations receiver: PATCH an EVSE",
                                emspLocations,
                                v -> v.locationsReceiver()
                                        .patchEvse(
                                                "NL",
                                                "TNM",
                                                "1012",
                                                "3255",
                                                example("location_patch_example_status.json", EVSEPatch.class)))
                        .sends(
                                "PATCH",
                                "/ocpi/2.3.0/locations/NL/TNM/1012/3255",
                                exampleOf(V, "location_patch_example_status.json")),
                push(
                                "locations receiver: PATCH a connector",
                                emspLocations,
                                v -> v.locationsReceiver()
                                        .patchConnector(
                                                "NL",
                                                "TNM",
                                                "1012",
                                                "3255",
                                                "2",
                                                example("location_patch_example_tariff.json", ConnectorPatch.class)))
                        .sends(
                                "PATCH",
                                "/ocpi/2.3.0/locations/NL/TNM/1012/3255/2",
                                exampleOf(V, "location_patch_example_tariff.json")),
                // [[mod_sessions_cpo_interface]]
                call(
                                "sessions sender: a page",
                                sessions,
                                v -> v.sessionsSender().page(since))
                        .answers(page(SESSION))
                        .sends("GET", "/ocpi/2.3.0/sessions" + sinceQuery, null)
                        .returns(onePage(parse(SESSION, Session.class))),
                call(
                                "sessions sender: every object",
                                sessions,
                                v -> v.sessionsSender().stream(since).toList())
                        .answers(page(SESSION))
                        .sends("GET", "/ocpi/2.3.0/sessions" + sinceQuery, null)
                        .returns(List.of(parse(SESSION, Session.class))),
                call(
                                "sessions sender: charging preferences",
                                sessions,
                                v -> v.sessionsSender()
                                        .setChargingPreferences(
                                                "101",
                                                parse(
                                                        "{\"profile_type\": \"GREEN\", \"energy_need\": 20}",
                                                        ChargingPreferences.class)))
                        .answers(ok("\"ACCEPTED\""))
                        .sends(
                                "PUT",
                                "/ocpi/2.3.0/sessions/101/charging_preferences",
                                "{\"profile_type\": \"GREEN\", \"energy_need\": 20}")
                        .returns(ChargingPreferencesResponse.ACCEPTED),
                callAt(
                                "sessions sender: the page at a link",
                                sessions,
                                (v, base) -> v.sessionsSender().page(base + "/ocpi/2.3.0/sessions?offset=50&limit=50"))
                        .answers(page(SESSION))
                        .sends("GET", "/ocpi/2.3.0/sessions?offset=50&limit=50", null)
                        .returns(onePage(parse(SESSION, Session.class))),
                // [[mod_sessions_msp_interface]]
                call(
                                "sessions receiver: a session",
                                emspSessions,
                                v -> v.sessionsReceiver().session("NL", "STK", "101"))
                        .answers(ok(SESSION))
                        .sends("GET", "/ocpi/2.3.0/sessions/NL/STK/101", null)
                        .returns(Optional.of(parse(SESSION, Session.class))),
                push(
                                "sessions receiver: PUT a session",
                                emspSessions,
                                v -> v.sessionsReceiver().put(parse(SESSION, Session.class)))
                        .sends("PUT", "/ocpi/2.3.0/sessions/NL/STK/101", SESSION),
                push(
                                "sessions receiver: PATCH a session",
                                emspSessions,
                                v -> v.sessionsReceiver()
                                        .patch(
                                                "NL",
                                                "STK",
                                                "101",
                                                example(
                                                        "session_patch_example_charging_period.json",
                                                        SessionPatch.class)))
                        .sends(
                                "PATCH",
                                "/ocpi/2.3.0/sessions/NL/STK/101",
                                exampleOf(V, "session_patch_example_charging_period.json")),
                // [[mod_cdrs_cpo_interface]]
                call("cdrs sender: a page", cdrs, v -> v.cdrsSender().page(since))
                        .answers(page(CDR_JSON))
                        .sends("GET", "/ocpi/2.3.0/cdrs" + sinceQuery, null)
                        .returns(onePage(parse(CDR_JSON, CDR.class))),
                call(
                                "cdrs sender: every object",
                                cdrs,
                                v -> v.cdrsSender().stream(since).toList())
                        .answers(page(CDR_JSON))
                        .sends("GET", "/ocpi/2.3.0/cdrs" + sinceQuery, null)
                        .returns(List.of(parse(CDR_JSON, CDR.class))),
                callAt(
                                "cdrs sender: the page at a link",
                                cdrs,
                                (v, base) -> v.cdrsSender().page(base + "/ocpi/2.3.0/cdrs?offset=50&limit=50"))
                        .answers(page(CDR_JSON))
                        .sends("GET", "/ocpi/2.3.0/cdrs?offset=50&limit=50", null)
                        .returns(onePage(parse(CDR_JSON, CDR.class))),
                // [[mod_cdrs_emsp_interface]], [[mod_cdrs_response_headers]]
                call(
                                "cdrs receiver: POST a CDR",
                                emspCdrs,
                                v -> v.cdrsReceiver().post(parse(CDR_JSON, CDR.class)))
                        .answers(envelope(200, 1000, null)
                                .setHeader("Location", "/ocpi/2.3.0/cdrs/12345")
                                .build())
                        .sends("POST", "/ocpi/2.3.0/cdrs", CDR_JSON)
                        .returns("BASE/ocpi/2.3.0/cdrs/12345"),
                // [[mod_cdrs_msp_get_method]]: the URL the POST's Location gave
                callAt(
                                "cdrs receiver: the CDR at its URL",
                                emspCdrs,
                                (v, base) -> v.cdrsReceiver().cdr(base + "/ocpi/2.3.0/cdrs/12345"))
                        .answers(ok(CDR_JSON))
                        .sends("GET", "/ocpi/2.3.0/cdrs/12345", null)
                        .returns(Optional.of(parse(CDR_JSON, CDR.class))),
                // [[mod_tariffs_cpo_interface]]
                call("tariffs sender: a page", tariffs, v -> v.tariffsSender().page(since))
                        .answers(page(TARIFF))
                        .sends("GET", "/ocpi/2.3.0/tariffs" + sinceQuery, null)
                        .returns(onePage(parse(TARIFF, Tariff.class))),
                call(
                                "tariffs sender: every object",
                                tariffs,
                                v -> v.tariffsSender().stream(since).toList())
                        .answers(page(TARIFF))
                        .sends("GET", "/ocpi/2.3.0/tariffs" + sinceQuery, null)
                        .returns(List.of(parse(TARIFF, Tariff.class))),
                callAt(
                                "tariffs sender: the page at a link",
                                tariffs,
                                (v, base) -> v.tariffsSender().page(base + "/ocpi/2.3.0/tariffs?offset=50&limit=50"))
                        .answers(page(TARIFF))
                        .sends("GET", "/ocpi/2.3.0/tariffs?offset=50&limit=50", null)
                        .returns(onePage(parse(TARIFF, Tariff.class))),
                // [[mod_tariffs_emsp_interface]]
                call(
                                "tariffs receiver: a tariff",
                                emspTariffs,
                                v -> v.tariffsReceiver().tariff("CA", "FLO", "12"))
                        .answers(ok(TARIFF))
                        .sends("GET", "/ocpi/2.3.0/tariffs/CA/FLO/12", null)
                        .returns(Optional.of(parse(TARIFF, Tariff.class))),
                push(
                                "tariffs receiver: PUT a North American tariff, taxes excluded",
                                emspTariffs,
                                v -> v.tariffsReceiver().put(parse(TARIFF, Tariff.class)))
                        .sends("PUT", "/ocpi/2.3.0/tariffs/CA/FLO/12", TARIFF),
                push(
                                "tariffs receiver: DELETE a tariff",
                                emspTariffs,
                                v -> v.tariffsReceiver().delete("CA", "FLO", "12"))
                        .sends("DELETE", "/ocpi/2.3.0/tariffs/CA/FLO/12", null),
                // [[mod_tokens_emsp_interface]]
                call("tokens sender: a page", tokens, v -> v.tokensSender().page(since))
                        .answers(page(RFID))
                        .sends("GET", "/ocpi/2.3.0/tokens" + sinceQuery, null)
                        .returns(onePage(parse(RFID, Token.class))),
                call(
                                "tokens sender: every object",
                                tokens,
                                v -> v.tokensSender().stream(since).toList())
                        .answers(page(RFID))
                        .sends("GET", "/ocpi/2.3.0/tokens" + sinceQuery, null)
                        .returns(List.of(parse(RFID, Token.class))),
                call(
                                "tokens sender: real-time authorization",
                                tokens,
                                v -> v.tokensSender()
                                        .authorize(
                                                "012345678",
                                                TokenType.RFID,
                                                parse("{\"location_id\": \"LOC1\"}", LocationReferences.class)))
                        .answers(ok("{\"allowed\": \"ALLOWED\", \"token\": " + TOKEN_JSON + "}"))
                        .sends(
                                "POST",
                                "/ocpi/2.3.0/tokens/012345678/authorize?type=RFID",
                                "{\"location_id\": \"LOC1\"}")
                        .returns(parse(
                                "{\"allowed\": \"ALLOWED\", \"token\": " + TOKEN_JSON + "}", AuthorizationInfo.class)),
                callAt(
                                "tokens sender: the page at a link",
                                tokens,
                                (v, base) -> v.tokensSender().page(base + "/ocpi/2.3.0/tokens?offset=50&limit=50"))
                        .answers(page(RFID))
                        .sends("GET", "/ocpi/2.3.0/tokens?offset=50&limit=50", null)
                        .returns(onePage(parse(RFID, Token.class))),
                // [[mod_tokens_cpo_interface]]
                call(
                                "tokens receiver: a token",
                                cpoTokens,
                                v -> v.tokensReceiver().token("NL", "TNM", "012345678", TokenType.RFID))
                        .answers(ok(PUT_TOKEN))
                        .sends("GET", "/ocpi/2.3.0/tokens/NL/TNM/012345678?type=RFID", null)
                        .returns(Optional.of(parse(PUT_TOKEN, Token.class))),
                push(
                                "tokens receiver: PUT a token",
                                cpoTokens,
                                v -> v.tokensReceiver().put(parse(PUT_TOKEN, Token.class)))
                        .sends("PUT", "/ocpi/2.3.0/tokens/NL/TNM/012345678?type=RFID", PUT_TOKEN),
                push(
                                "tokens receiver: PATCH a token of 2.3.0's type EMAID",
                                cpoTokens,
                                v -> v.tokensReceiver()
                                        .patch(
                                                "NL",
                                                "TNM",
                                                "NL-TNM-C12345678-X",
                                                TokenType.of("EMAID"),
                                                example("token_patch_example.json", TokenPatch.class)))
                        .sends(
                                "PATCH",
                                "/ocpi/2.3.0/tokens/NL/TNM/NL-TNM-C12345678-X?type=EMAID",
                                exampleOf(V, "token_patch_example.json")),
                // [[mod_commands_cpo_interface]]: POST {commands_endpoint_url}/{command}
                call(
                                "commands receiver: START_SESSION",
                                commands,
                                v -> v.commandsReceiver()
                                        .startSession(StartSession.builder()
                                                .responseUrl(RESPONSE_URL)
                                                .token(token)
                                                .locationId("LOC1")
                                                .evseUid("3256")
                                                .build()))
                        .answers(ok(ACCEPTED))
                        .sends("POST", "/ocpi/2.3.0/commands/START_SESSION", """
                                {"response_url": "%s", "token": %s, "location_id": "LOC1", "evse_uid": "3256"}""".formatted(RESPONSE_URL, TOKEN_JSON))
                        .returns(parse(ACCEPTED, CommandResponse.class)),
                call(
                                "commands receiver: STOP_SESSION",
                                commands,
                                v -> v.commandsReceiver()
                                        .stopSession(StopSession.builder()
                                                .responseUrl(RESPONSE_URL)
                                                .sessionId("101")
                                                .build()))
                        .answers(ok(ACCEPTED))
                        .sends(
                                "POST",
                                "/ocpi/2.3.0/commands/STOP_SESSION",
                                "{\"response_url\": \"%s\", \"session_id\": \"101\"}".formatted(RESPONSE_URL))
                        .returns(parse(ACCEPTED, CommandResponse.class)),
                call(
                                "commands receiver: RESERVE_NOW",
                                commands,
                                v -> v.commandsReceiver()
                                        .reserveNow(ReserveNow.builder()
                                                .responseUrl(RESPONSE_URL)
                                                .token(token)
                                                .expiryDate(Instant.parse("2019-06-24T12:54:09Z"))
                                                .reservationId("42")
                                                .locationId("LOC1")
                                                .build()))
                        .answers(ok(ACCEPTED))
                        .sends("POST", "/ocpi/2.3.0/commands/RESERVE_NOW", """
                                {"response_url": "%s", "token": %s, "expiry_date": "2019-06-24T12:54:09Z",
                                 "reservation_id": "42", "location_id": "LOC1"}""".formatted(RESPONSE_URL, TOKEN_JSON))
                        .returns(parse(ACCEPTED, CommandResponse.class)),
                call(
                                "commands receiver: CANCEL_RESERVATION",
                                commands,
                                v -> v.commandsReceiver()
                                        .cancelReservation(CancelReservation.builder()
                                                .responseUrl(RESPONSE_URL)
                                                .reservationId("42")
                                                .build()))
                        .answers(ok(ACCEPTED))
                        .sends(
                                "POST",
                                "/ocpi/2.3.0/commands/CANCEL_RESERVATION",
                                "{\"response_url\": \"%s\", \"reservation_id\": \"42\"}".formatted(RESPONSE_URL))
                        .returns(parse(ACCEPTED, CommandResponse.class)),
                call(
                                "commands receiver: UNLOCK_CONNECTOR",
                                commands,
                                v -> v.commandsReceiver()
                                        .unlockConnector(UnlockConnector.builder()
                                                .responseUrl(RESPONSE_URL)
                                                .locationId("LOC1")
                                                .evseUid("3256")
                                                .connectorId("1")
                                                .build()))
                        .answers(ok(ACCEPTED))
                        .sends("POST", "/ocpi/2.3.0/commands/UNLOCK_CONNECTOR", """
                                {"response_url": "%s", "location_id": "LOC1", "evse_uid": "3256", "connector_id": "1"}""".formatted(RESPONSE_URL))
                        .returns(parse(ACCEPTED, CommandResponse.class)),
                // [[mod_commands_emsp_interface]]: the result goes to the command's response_url
                pushAt(
                                "commands sender: the result of a command",
                                commands,
                                (v, base) -> v.commandResults()
                                        .postResult(
                                                base + "/ocpi/2.3.0/results/42",
                                                parse("{\"result\": \"ACCEPTED\"}", CommandResult.class)))
                        .sends("POST", "/ocpi/2.3.0/results/42", "{\"result\": \"ACCEPTED\"}"),
                // [[mod_charging_profiles_cpo_interface]]
                call(
                                "charging profiles receiver: the active profile",
                                profiles,
                                v -> v.chargingProfilesReceiver().activeProfile("1234", 900, RESPONSE_URL))
                        .answers(ok(ACCEPTED))
                        .sends(
                                "GET",
                                "/ocpi/2.3.0/chargingprofiles/1234?duration=900&response_url=" + RESPONSE_URL,
                                null)
                        .returns(parse(ACCEPTED, ChargingProfileResponse.class)),
                call(
                                "charging profiles receiver: set a profile",
                                profiles,
                                v -> v.chargingProfilesReceiver()
                                        .set(
                                                "1234",
                                                parse(
                                                        "{\"charging_profile\": %s, \"response_url\": \"%s\"}"
                                                                .formatted(PROFILE, RESPONSE_URL),
                                                        SetChargingProfile.class)))
                        .answers(ok(ACCEPTED))
                        .sends(
                                "PUT",
                                "/ocpi/2.3.0/chargingprofiles/1234",
                                "{\"charging_profile\": %s, \"response_url\": \"%s\"}".formatted(PROFILE, RESPONSE_URL))
                        .returns(parse(ACCEPTED, ChargingProfileResponse.class)),
                call(
                                "charging profiles receiver: clear a profile",
                                profiles,
                                v -> v.chargingProfilesReceiver().clear("1234", RESPONSE_URL))
                        .answers(ok(ACCEPTED))
                        .sends("DELETE", "/ocpi/2.3.0/chargingprofiles/1234?response_url=" + RESPONSE_URL, null)
                        .returns(parse(ACCEPTED, ChargingProfileResponse.class)),
                // [[mod_charging_profiles_scsp_interface]]
                pushAt(
                                "charging profiles sender: the active profile's result",
                                scsp,
                                (v, base) -> v.chargingProfilesSender()
                                        .postResult(
                                                base + "/ocpi/2.3.0/results/42",
                                                parse(
                                                        "{\"result\": \"ACCEPTED\", \"profile\": {\"start_date_time\":"
                                                                + " \"2019-06-24T12:00:00Z\", \"charging_profile\": "
                                                                + PROFILE
                                                                + "}}",
                                                        ActiveChargingProfileResult.class)))
                        .sends(
                                "POST",
                                "/ocpi/2.3.0/results/42",
                                "{\"result\": \"ACCEPTED\", \"profile\": {\"start_date_time\": \"2019-06-24T12:00:00Z\","
                                        + " \"charging_profile\": " + PROFILE + "}}"),
                pushAt(
                                "charging profiles sender: the result of setting",
                                scsp,
                                (v, base) -> v.chargingProfilesSender()
                                        .postResult(
                                                base + "/ocpi/2.3.0/results/42",
                                                parse("{\"result\": \"REJECTED\"}", ChargingProfileResult.class)))
                        .sends("POST", "/ocpi/2.3.0/results/42", "{\"result\": \"REJECTED\"}"),
                pushAt(
                                "charging profiles sender: the result of clearing",
                                scsp,
                                (v, base) -> v.chargingProfilesSender()
                                        .postResult(
                                                base + "/ocpi/2.3.0/results/42",
                                                parse("{\"result\": \"UNKNOWN\"}", ClearProfileResult.class)))
                        .sends("POST", "/ocpi/2.3.0/results/42", "{\"result\": \"UNKNOWN\"}"),
                push(
                                "charging profiles sender: PUT the active profile",
                                scsp,
                                v -> v.chargingProfilesSender()
                                        .putActive(
                                                "1234",
                                                parse(
                                                        "{\"start_date_time\": \"2019-06-24T12:00:00Z\", \"charging_profile\": "
                                                                + PROFILE + "}",
                                                        ActiveChargingProfile.class)))
                        .sends(
                                "PUT",
                                "/ocpi/2.3.0/chargingprofiles/1234",
                                "{\"start_date_time\": \"2019-06-24T12:00:00Z\", \"charging_profile\": " + PROFILE
                                        + "}"),
                // [[mod_hub_client_info_hub_interface]]
                call(
                                "hub client info sender: a page",
                                hub,
                                v -> v.hubClientInfoSender().page(ListQuery.all()))
                        .answers(page(CLIENT_INFO))
                        .sends("GET", "/ocpi/2.3.0/hubclientinfo", null)
                        .returns(onePage(parse(CLIENT_INFO, ClientInfo.class))),
                call(
                                "hub client info sender: every object",
                                hub,
                                v -> v.hubClientInfoSender().stream(ListQuery.all())
                                        .toList())
                        .answers(page(CLIENT_INFO))
                        .sends("GET", "/ocpi/2.3.0/hubclientinfo", null)
                        .returns(List.of(parse(CLIENT_INFO, ClientInfo.class))),
                callAt(
                                "hub client info sender: the page at a link",
                                hub,
                                (v, base) -> v.hubClientInfoSender()
                                        .page(base + "/ocpi/2.3.0/hubclientinfo?offset=50&limit=50"))
                        .answers(page(CLIENT_INFO))
                        .sends("GET", "/ocpi/2.3.0/hubclientinfo?offset=50&limit=50", null)
                        .returns(onePage(parse(CLIENT_INFO, ClientInfo.class))),
                // [[mod_hub_client_info_client_interface]]
                call(
                                "hub client info receiver: a party's status",
                                client,
                                v -> v.hubClientInfoReceiver().clientInfo("NL", "ALL"))
                        .answers(ok(CLIENT_INFO))
                        .sends("GET", "/ocpi/2.3.0/hubclientinfo/NL/ALL", null)
                        .returns(Optional.of(parse(CLIENT_INFO, ClientInfo.class))),
                push(
                                "hub client info receiver: PUT a party's status",
                                client,
                                v -> v.hubClientInfoReceiver().put(parse(CLIENT_INFO, ClientInfo.class)))
                        .sends("PUT", "/ocpi/2.3.0/hubclientinfo/NL/ALL", CLIENT_INFO));
    }

    private static <T> T example(String name, Class<T> type) {
        return parse(exampleOf(V, name), type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void eachMethodSendsItsRequestAndReadsTheAnswer(Call c) {
        V230 partner = connect(server, V, c.offer()).v230();
        server.enqueue(c.answer());

        String base = server.url("/").toString().replaceAll("/$", "");
        Object result = c.call().apply(partner, base);

        RecordedRequest request = take(server);
        assertCall(request, c.method(), c.target());
        if (c.body() == null) {
            assertNoBody(request);
        } else {
            assertJsonBody(request, c.body());
        }
        assertThat(result).isEqualTo(withPort(c.result()));
    }

    @Test
    void theCdrExampleAsWrittenIsRejectedBeforeAnyRequest() {
        // [[mod_tariffs_tariff_object]]: tax_included is required in 2.3.0, and the example's Tariff lacks it
        CdrsReceiverClient emsp = connect(server, V, receiver(V, "cdrs")).v230().cdrsReceiver();
        CDR asWritten = OcpiJson.instance()
                .read(exampleOf(V, "cdr_example.json"), CDR.class)
                .value()
                .orElseThrow();

        assertThat(assertRejectedBeforeAnyRequest(server, () -> emsp.post(asWritten))
                        .violations())
                .containsExactly(new Violation("tariffs[0].tax_included", "required"));
    }

    @Test
    void theSessionsListRequiresDateFrom() {
        // [[mod_sessions_cpo_get_request_parameters]]
        SessionsSenderClient cpo =
                connect(server, V, sender(V, "sessions")).v230().sessionsSender();

        assertThatThrownBy(() -> cpo.page(ListQuery.all()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date_from");
        assertThatThrownBy(() -> cpo.stream(ListQuery.all()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date_from");
    }

    @Test
    void anUnknownTokenOfType230EmaidIsStatus2004() {
        // [[mod_tokens_post_method]]: HTTP 404 when the eMSP does not know the token; EMAID is new in 2.3.0
        TokensSenderClient emsp = connect(server, V, sender(V, "tokens")).v230().tokensSender();
        server.enqueue(envelope(404, 2004, null).build());

        assertThatThrownBy(() -> emsp.authorize("999", TokenType.of("EMAID"), null))
                .isInstanceOfSatisfying(
                        OcpiStatusException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.UNKNOWN_TOKEN));
        assertCall(take(server), "POST", "/ocpi/2.3.0/tokens/999/authorize?type=EMAID");
    }

    @Test
    void endpointsThePartnerLacksAreNamedWithVersion230AndNothingIsSent() {
        Partner partner = connect(server, V, sender(V, "locations"));
        ActiveChargingProfile active = parse(
                "{\"start_date_time\": \"2019-06-24T12:00:00Z\", \"charging_profile\": " + PROFILE + "}",
                ActiveChargingProfile.class);

        assertNoEndpoint(() -> partner.v230().locationsReceiver(), "locations", "RECEIVER");
        assertThatThrownBy(() -> partner.v230().chargingProfilesSender().putActive("1234", active))
                .hasMessage("the partner has no chargingprofiles SENDER endpoint in OCPI 2.3.0");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    /** An expected URL written with {@code BASE} for the server's URL. */
    private @Nullable Object withPort(@Nullable Object expected) {
        return expected instanceof String url
                ? url.replace("BASE/", server.url("/").toString())
                : expected;
    }
}
