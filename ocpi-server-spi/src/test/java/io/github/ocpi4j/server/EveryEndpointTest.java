package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.ServerFixture.OTHER_TOKEN;
import static io.github.ocpi4j.server.ServerFixture.TOKEN;
import static io.github.ocpi4j.server.ServerFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every module endpoint of each version, through {@code handle()}, with the same JSON in 2.2.1 and 2.3.0 (whose
 * endpoints are the same): the answer, and what the host's service got or gave. A CPO (NL-CPO) and an eMSP offer the
 * version; NL-EMS calls both. The checks behind each endpoint are one machinery for both versions; the 2.2.1 module
 * tests ({@code server.v221}) prove them endpoint by endpoint, the suites of {@link ImpersonationTest} and {@link
 * MutationSuiteTest} for both versions.
 */
class EveryEndpointTest {
    private static final String BASE = "https://cpo.example.com/ocpi/";
    private static final String RESPONSE_URL = "https://emsp.example.com/ocpi/sender/commands/START_SESSION/1";
    private static final String PROFILE =
            "{\"charging_rate_unit\":\"W\",\"charging_profile_period\":" + "[{\"start_period\":0,\"limit\":11000.0}]}";

    // ---- versions

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void versionDetailsListEveryEndpointBelowTheVersionsOwnUrl(String v) {
        VersionSides sides = new VersionSides(v);

        JsonNode cpo = data(sides.cpo.call("GET", v, null));
        JsonNode emsp = data(sides.emsp.call("GET", v, null));

        assertThat(cpo.get("version").asText()).isEqualTo(v);
        assertThat(endpoints(cpo))
                .containsExactly(
                        "credentials SENDER " + BASE + v + "/credentials",
                        "locations SENDER " + BASE + v + "/sender/locations",
                        "sessions SENDER " + BASE + v + "/sender/sessions",
                        "cdrs SENDER " + BASE + v + "/sender/cdrs",
                        "tariffs SENDER " + BASE + v + "/sender/tariffs",
                        "tokens RECEIVER " + BASE + v + "/receiver/tokens",
                        "commands RECEIVER " + BASE + v + "/receiver/commands",
                        "chargingprofiles RECEIVER " + BASE + v + "/receiver/chargingprofiles",
                        "hubclientinfo SENDER " + BASE + v + "/sender/hubclientinfo");
        assertThat(endpoints(emsp))
                .containsExactly(
                        "credentials SENDER " + BASE + v + "/credentials",
                        "locations RECEIVER " + BASE + v + "/receiver/locations",
                        "sessions RECEIVER " + BASE + v + "/receiver/sessions",
                        "cdrs RECEIVER " + BASE + v + "/receiver/cdrs",
                        "tariffs RECEIVER " + BASE + v + "/receiver/tariffs",
                        "tokens SENDER " + BASE + v + "/sender/tokens",
                        "commands SENDER " + BASE + v + "/sender/commands",
                        "chargingprofiles SENDER " + BASE + v + "/sender/chargingprofiles",
                        "hubclientinfo RECEIVER " + BASE + v + "/receiver/hubclientinfo");
        assertThat(data(sides.cpo.call("GET", "versions", null)).toString())
                .isEqualTo("[{\"version\":\"" + v + "\",\"url\":\"" + BASE + v + "\"}]");
    }

    // ---- locations ([[mod_locations_cpo_interface]], [[mod_locations_emsp_interface]])

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void locationsSenderListsAndFindsALocationItsEvsesAndConnectors(String v) {
        VersionSides sides = new VersionSides(v);
        JsonNode location = tree(sides.bodies.location("NL", "CPO", "LOC1"));
        sides.cpoLocation(location.toString());

        OcpiHttpResponse list = call(sides.cpo, v, "GET", "sender/locations", null);

        assertThat(data(list)).containsExactly(location);
        assertThat(list.header("X-Total-Count")).isEqualTo("1");
        assertThat(data(call(sides.cpo, v, "GET", "sender/locations/LOC1", null)))
                .isEqualTo(location);
        assertThat(data(call(sides.cpo, v, "GET", "sender/locations/LOC1/3257", null)))
                .isEqualTo(location.get("evses").get(1));
        assertThat(data(call(sides.cpo, v, "GET", "sender/locations/LOC1/3256/2", null)))
                .isEqualTo(location.get("evses").get(0).get("connectors").get(1));
        assertAnswer(call(sides.cpo, v, "GET", "sender/locations/LOC9", null), 404, 2000, "location not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void locationsReceiverStoresPatchesAndAnswersALocationAndItsParts(String v) {
        VersionSides sides = new VersionSides(v);
        String path = "receiver/locations/NL/EMS/LOC1";
        JsonNode location = tree(sides.bodies.location("NL", "EMS", "LOC1"));
        JsonNode connector = location.get("evses").get(0).get("connectors").get(0);
        String newConnector = Bodies.with(connector.toString(), "id", "9");

        assertThat(call(sides.emsp, v, "PUT", path, location.toString()).status())
                .isEqualTo(201);
        assertThat(call(
                                sides.emsp,
                                v,
                                "PUT",
                                path + "/3256",
                                location.get("evses").get(0).toString())
                        .status())
                .isEqualTo(200);
        assertThat(call(sides.emsp, v, "PUT", path + "/3256/9", newConnector).status())
                .isEqualTo(201);
        assertThat(data(call(sides.emsp, v, "GET", path + "/3256/9", null))).isEqualTo(tree(newConnector));
        assertThat(data(call(sides.emsp, v, "GET", path + "/3257", null)))
                .isEqualTo(location.get("evses").get(1));

        for (String[] patch : List.of(
                new String[] {"", "location_patch_example_location.json", "name", "Interparking Gent Zuid"},
                new String[] {"/3256", "location_patch_example_status.json", "status", "CHARGING"},
                new String[] {"/3256/1", "location_patch_example_tariff.json", "tariff_ids", "[\"15\"]"})) {
            OcpiHttpResponse patched = call(sides.emsp, v, "PATCH", path + patch[0], sides.bodies.example(patch[1]));
            assertAnswer(patched, 200, 1000, "Success");
            JsonNode now =
                    data(call(sides.emsp, v, "GET", path + patch[0], null)).get(patch[2]);
            assertThat(now.isArray() ? now.toString() : now.asText()).isEqualTo(patch[3]);
        }
        assertThat(sides.held()).containsKey("emsp.locations/NL/EMS/LOC1").hasSize(1);
    }

    // ---- sessions ([[mod_sessions_cpo_interface]], [[mod_sessions_emsp_interface]])

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void sessionsSenderListsTheRequestingPartysOwnAndSetsChargingPreferences(String v) {
        VersionSides sides = new VersionSides(v);
        JsonNode own = tree(sides.bodies.session("S1", "EMS"));
        sides.cpoSession(own.toString());
        sides.cpoSession(sides.bodies.session("S2", "OTH"));
        String preferences = "{\"profile_type\":\"FAST\",\"departure_time\":\"2019-06-23T18:00:00Z\"}";

        assertThat(data(call(sides.cpo, v, "GET", "sender/sessions", null))).containsExactly(own);
        assertThat(data(call(sides.cpo, v, "PUT", "sender/sessions/S1/charging_preferences", preferences))
                        .asText())
                .isEqualTo("ACCEPTED");
        assertThat(sides.held()).containsEntry("cpo.preferences/S1", tree(preferences));
        assertAnswer(
                call(sides.cpo, v, "PUT", "sender/sessions/S9/charging_preferences", preferences),
                404,
                2000,
                "session not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void sessionsReceiverStoresPatchesAndAnswersASession(String v) {
        VersionSides sides = new VersionSides(v);
        String path = "receiver/sessions/NL/EMS/S1";
        JsonNode session = tree(sides.bodies.session("NL", "EMS", "S1"));
        JsonNode patch = tree(sides.bodies.example("session_patch_example_total_cost.json"));

        assertThat(call(sides.emsp, v, "PUT", path, session.toString()).status())
                .isEqualTo(201);
        assertThat(data(call(sides.emsp, v, "GET", path, null))).isEqualTo(session);
        assertAnswer(call(sides.emsp, v, "PATCH", path, patch.toString()), 200, 1000, "Success");

        assertThat(data(call(sides.emsp, v, "GET", path, null)).get("total_cost"))
                .isEqualTo(patch.get("total_cost"));
    }

    // ---- CDRs ([[mod_cdrs_cpo_interface]], [[mod_cdrs_emsp_interface]])

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void cdrsSenderListsTheRequestingPartysOwn(String v) {
        VersionSides sides = new VersionSides(v);
        JsonNode own = tree(sides.bodies.cdr("CDR1", "EMS"));
        sides.cpoCdr(own.toString());
        sides.cpoCdr(sides.bodies.cdr("CDR2", "OTH"));

        assertThat(data(call(sides.cpo, v, "GET", "sender/cdrs", null))).containsExactly(own);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void cdrsReceiverStoresAPostedCdrAndAnswersItAtTheUrlOfItsLocationHeader(String v) {
        VersionSides sides = new VersionSides(v);
        JsonNode cdr = tree(sides.bodies.cdr("NL", "EMS", "CDR1"));

        OcpiHttpResponse posted = call(sides.emsp, v, "POST", "receiver/cdrs", cdr.toString());

        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.header("Location")).isEqualTo(BASE + v + "/receiver/cdrs/NL/EMS/CDR1");
        assertThat(data(sides.emsp.call("GET", posted.header("Location").substring(BASE.length()), null)))
                .isEqualTo(cdr);
    }

    // ---- tariffs ([[mod_tariffs_cpo_interface]], [[mod_tariffs_emsp_interface]])

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void tariffsSenderListsAndReceiverStoresAnswersAndDeletes(String v) {
        VersionSides sides = new VersionSides(v);
        JsonNode own = tree(sides.bodies.tariff("T1", Instant.parse("2024-05-01T10:00:00Z")));
        sides.cpoTariff(own.toString());
        String path = "receiver/tariffs/NL/EMS/T1";
        JsonNode pushed = tree(sides.bodies.tariff("NL", "EMS", "T1"));

        assertThat(data(call(sides.cpo, v, "GET", "sender/tariffs", null))).containsExactly(own);
        assertThat(call(sides.emsp, v, "PUT", path, pushed.toString()).status()).isEqualTo(201);
        assertThat(data(call(sides.emsp, v, "GET", path, null))).isEqualTo(pushed);
        assertAnswer(call(sides.emsp, v, "DELETE", path, null), 200, 1000, "Success");
        assertAnswer(call(sides.emsp, v, "GET", path, null), 404, 2000, "tariff not found");
    }

    // ---- tokens ([[mod_tokens_emsp_interface]], [[mod_tokens_cpo_interface]])

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void tokensSenderListsAndAuthorizesInRealTime(String v) {
        VersionSides sides = new VersionSides(v);
        JsonNode token = tree(sides.bodies.token("NL", "EMS", "TOKEN1", true));
        sides.emspToken(token.toString());
        String authorize = "sender/tokens/TOKEN1/authorize";

        assertThat(data(call(sides.emsp, v, "GET", "sender/tokens", null))).containsExactly(token);
        JsonNode atLocation = data(call(sides.emsp, v, "POST", authorize, "{\"location_id\":\"LOC1\"}"));
        JsonNode anywhere = data(call(sides.emsp, v, "POST", authorize, null));

        for (JsonNode info : List.of(atLocation, anywhere)) {
            assertThat(info.get("allowed").asText()).isEqualTo("ALLOWED");
            assertThat(info.get("token")).isEqualTo(token);
        }
        assertThat(atLocation.get("location").get("location_id").asText()).isEqualTo("LOC1");
        assertThat(sides.held().values()).contains(text("TOKEN1 RFID LOC1"), text("TOKEN1 RFID -"));
        assertAnswer(call(sides.emsp, v, "POST", "sender/tokens/TOKEN9/authorize", null), 404, 2004, "unknown token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void tokensReceiverStoresPatchesAndAnswersATokenOfItsType(String v) {
        VersionSides sides = new VersionSides(v);
        String path = "receiver/tokens/NL/EMS/TOKEN1";
        JsonNode token = tree(sides.bodies.token("NL", "EMS", "TOKEN1", true));

        assertThat(call(sides.cpo, v, "PUT", path + "?type=RFID", token.toString())
                        .status())
                .isEqualTo(201);
        assertThat(data(call(sides.cpo, v, "GET", path, null))).isEqualTo(token);
        assertAnswer(call(sides.cpo, v, "GET", path + "?type=APP_USER", null), 404, 2000, "token not found");
        assertAnswer(
                call(sides.cpo, v, "PATCH", path, sides.bodies.example("token_patch_example.json")),
                200,
                1000,
                "Success");

        assertThat(data(call(sides.cpo, v, "GET", path + "?type=RFID", null))
                        .get("valid")
                        .asBoolean())
                .isFalse();
    }

    // ---- commands ([[mod_commands_cpo_interface]], [[mod_commands_emsp_interface]])

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void commandsReceiverHandsEachCommandToTheHostAndAnswersOthersNotSupported(String v) {
        VersionSides sides = new VersionSides(v);
        sides.cpoSession(sides.bodies.session("S1", "EMS"));
        String own = sides.bodies.token("NL", "EMS", "TOKEN1", true);
        Map<String, String> commands = Map.of(
                "START_SESSION",
                "{\"response_url\":\"" + RESPONSE_URL + "\",\"token\":" + own + ",\"location_id\":\"LOC1\"}",
                "STOP_SESSION",
                "{\"response_url\":\"" + RESPONSE_URL + "\",\"session_id\":\"S1\"}",
                "RESERVE_NOW",
                "{\"response_url\":\"" + RESPONSE_URL + "\",\"token\":" + own + ",\"expiry_date\":"
                        + "\"2024-05-01T13:00:00Z\",\"reservation_id\":\"RES-1\",\"location_id\":\"LOC1\"}",
                "CANCEL_RESERVATION",
                "{\"response_url\":\"" + RESPONSE_URL + "\",\"reservation_id\":\"RES-1\"}",
                "UNLOCK_CONNECTOR",
                "{\"response_url\":\"" + RESPONSE_URL + "\",\"location_id\":\"LOC1\",\"evse_uid\":\"3256\","
                        + "\"connector_id\":\"1\"}");

        commands.forEach((type, body) -> assertThat(data(call(sides.cpo, v, "POST", "receiver/commands/" + type, body))
                        .get("result")
                        .asText())
                .as(type)
                .isEqualTo("ACCEPTED"));
        assertThat(data(call(sides.cpo, v, "POST", "receiver/commands/CHARGE_FASTER", "{}"))
                        .get("result")
                        .asText())
                .isEqualTo("NOT_SUPPORTED");
        String theirs =
                commands.get("START_SESSION").replace("\"EMS\"", "\"OTH\"").replace("\"NL\"", "\"DE\"");
        OcpiHttpResponse refused = call(sides.cpo, v, "POST", "receiver/commands/START_SESSION", theirs);

        assertThat(ServerFixture.statusCode(refused)).isEqualTo(2001);
        assertThat(sides.held().keySet())
                .filteredOn(key -> key.startsWith("cpo.commands/"))
                .hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void commandsSenderHandsTheResultAtTheResponseUrlToTheHost(String v) {
        VersionSides sides = new VersionSides(v);
        String result = "{\"result\":\"ACCEPTED\"}";

        assertAnswer(call(sides.emsp, v, "POST", "sender/commands/START_SESSION/42", result), 200, 1000, "Success");

        assertThat(sides.held()).containsEntry("emsp.commandResults/START_SESSION/42", tree(result));
    }

    // ---- charging profiles ([[mod_charging_profiles_cpo_interface]], [[mod_charging_profiles_emsp_interface]])

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void chargingProfilesReceiverReadsSetsAndClearsTheProfileOfASession(String v) {
        VersionSides sides = new VersionSides(v);
        sides.cpoSession(sides.bodies.session("S1", "EMS"));
        String path = "receiver/chargingprofiles/S1";
        String set = "{\"charging_profile\":" + PROFILE + ",\"response_url\":\"" + RESPONSE_URL + "\"}";

        for (OcpiHttpResponse answer : List.of(
                call(sides.cpo, v, "GET", path + "?duration=900&response_url=" + RESPONSE_URL, null),
                call(sides.cpo, v, "PUT", path, set),
                call(sides.cpo, v, "DELETE", path + "?response_url=" + RESPONSE_URL, null))) {
            assertThat(data(answer).get("result").asText()).isEqualTo("ACCEPTED");
        }
        assertThat(sides.held())
                .containsValues(
                        text("active S1 900 " + RESPONSE_URL),
                        text("set S1 " + RESPONSE_URL),
                        text("clear S1 " + RESPONSE_URL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void chargingProfilesSenderHandsResultsAndChangedProfilesToTheHost(String v) {
        VersionSides sides = new VersionSides(v);
        String active = "{\"start_date_time\":\"2024-05-01T12:00:00Z\",\"charging_profile\":" + PROFILE + "}";
        String results = "sender/chargingprofiles/results/";

        call(sides.emsp, v, "POST", results + "active/1", "{\"result\":\"ACCEPTED\",\"profile\":" + active + "}");
        call(sides.emsp, v, "POST", results + "set/2", "{\"result\":\"ACCEPTED\"}");
        call(sides.emsp, v, "POST", results + "clear/3", "{\"result\":\"REJECTED\"}");
        call(sides.emsp, v, "PUT", "sender/chargingprofiles/S1", active);

        assertThat(sides.held())
                .containsEntry(
                        "emsp.profileResults/active/1", tree("{\"result\":\"ACCEPTED\",\"profile\":" + active + "}"))
                .containsEntry("emsp.profileResults/set/2", tree("{\"result\":\"ACCEPTED\"}"))
                .containsEntry("emsp.profileResults/clear/3", tree("{\"result\":\"REJECTED\"}"))
                .containsEntry("emsp.activeProfiles/S1", tree(active));
    }

    // ---- hub client info ([[mod_hub_client_info_hub_interface]], [[mod_hub_client_info_client_interface]])

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void hubClientInfoIsPushedByAHubOnlyAndListedByTheHub(String v) {
        VersionSides sides = new VersionSides(v);
        sides.emsp.parties.save(Party.preRegistered("hub", "hub-token", PartyRole.of("HUB", "DE", "HUB")));
        String info = "{\"party_id\":\"ALL\",\"country_code\":\"NL\",\"role\":\"CPO\",\"status\":\"PLANNED\","
                + "\"last_updated\":\"2024-05-01T11:00:00Z\"}";
        String path = v + "/receiver/hubclientinfo/NL/ALL";
        sides.cpoClientInfo(info);

        assertThat(sides.emsp.call("PUT", path, info, "hub-token").status()).isEqualTo(201);
        assertThat(data(sides.emsp.call("GET", path, null, "hub-token"))).isEqualTo(tree(info));
        assertThat(sides.emsp.call("GET", path, null, TOKEN).status()).isEqualTo(403);
        assertThat(data(call(sides.cpo, v, "GET", "sender/hubclientinfo", null)))
                .containsExactly(tree(info));
    }

    // ---- ownership, the same in each version

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void anotherPartysObjectsAreInvisibleThroughTheirUrl(String v) {
        VersionSides sides = new VersionSides(v);
        String path = v + "/receiver/sessions/NL/EMS/S1";
        sides.emsp.call("PUT", path, sides.bodies.session("NL", "EMS", "S1"));

        assertAnswer(
                sides.emsp.call("GET", path, null, OTHER_TOKEN),
                404,
                2000,
                "NL/EMS is not one of your roles: use your own country code and party id in the URL (DE/OTH)");
    }

    // ---- helpers

    private static OcpiHttpResponse call(
            ServerFixture side, String version, String method, String path, @Nullable String body) {
        return side.call(method, version + "/" + path, body);
    }

    private static JsonNode data(OcpiHttpResponse response) {
        return json(response).get("data");
    }

    private static JsonNode tree(String json) {
        return Bodies.tree(json);
    }

    private static JsonNode text(String value) {
        return TextNode.valueOf(value);
    }

    private static List<String> endpoints(JsonNode details) {
        return details.get("endpoints").findParents("identifier").stream()
                .map(e -> e.get("identifier").asText() + " " + e.get("role").asText() + " "
                        + e.get("url").asText())
                .toList();
    }

    private static void assertAnswer(OcpiHttpResponse response, int httpStatus, int statusCode, String message) {
        assertThat(response.status()).isEqualTo(httpStatus);
        assertThat(json(response).get("status_code").asInt()).isEqualTo(statusCode);
        assertThat(json(response).get("status_message").asText()).isEqualTo(message);
    }
}
