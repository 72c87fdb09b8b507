package io.github.ocpi4j.server.v221;

import static io.github.ocpi4j.server.ServerFixture.OTHER_TOKEN;
import static io.github.ocpi4j.server.ServerFixture.example;
import static io.github.ocpi4j.server.v221.Responses.assertError;
import static io.github.ocpi4j.server.v221.Responses.assertMethodNotAllowed;
import static io.github.ocpi4j.server.v221.Responses.assertNotFound;
import static io.github.ocpi4j.server.v221.Responses.assertNotYours;
import static io.github.ocpi4j.server.v221.Responses.assertSuccess;
import static io.github.ocpi4j.server.v221.Responses.assertSuccessWithoutData;
import static io.github.ocpi4j.server.v221.Responses.assertViolations;
import static io.github.ocpi4j.server.v221.Responses.read;
import static io.github.ocpi4j.server.v221.Responses.tree;
import static io.github.ocpi4j.server.v221.Responses.treeOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.ServerFixture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Sessions module through {@code handle()}: the Sender interface ({@code [[mod_sessions_cpo_interface]]}), whose
 * list holds only the requesting eMSP's sessions, with charging preferences; and the Receiver interface ({@code
 * [[mod_sessions_emsp_interface]]}), whose default PATCH adds charging periods ({@code [[mod_sessions_patch_method]]}).
 */
class SessionsServerTest {
    /** A finished session of the CPO NL-EMS pushing to us, with three charging periods. */
    private static final String SESSION = example("session_example_2_short_finished.json")
            .replace("\"BE\"", "\"NL\"")
            .replace("\"BEC\"", "\"EMS\"");

    private static final String RECEIVER = "2.2.1/receiver/sessions/NL/EMS/101";
    private static final String PREFERENCES =
            "{\"profile_type\": \"FAST\", \"departure_time\": \"2019-06-23T18:00:00Z\", \"energy_need\": 32.5}";

    private final InMemorySessions sessions = new InMemorySessions();
    private final ServerFixture fixture =
            new ServerFixture(s -> s.sessionsSender(sessions).sessionsReceiver(sessions));

    /** A session of ours, the CPO NL-CPO, for a driver of the eMSP {@code country_code}-{@code party_id}. */
    private static Session ours(String id, String countryCode, String partyId, String lastUpdated) {
        Session session = read(example("session_example_1_simple_start.json"), Session.class);
        return session.toBuilder()
                .countryCode("NL")
                .partyId("CPO")
                .id(id)
                .cdrToken(session.cdrToken().toBuilder()
                        .countryCode(countryCode)
                        .partyId(partyId)
                        .build())
                .lastUpdated(Instant.parse(lastUpdated))
                .build();
    }

    // ---- Sender ----------------------------------------------------------------------------------------------

    @Test
    void senderListHoldsOnlyTheRequestingPartysSessions() {
        Session mine = ours("101", "NL", "EMS", "2020-03-09T10:17:09Z");
        Session theirs = ours("102", "DE", "OTH", "2020-03-09T10:18:00Z");
        Session mineToo = ours("103", "NL", "EMS", "2020-03-09T10:19:00Z");
        sessions.own.addAll(List.of(mine, theirs, mineToo));

        OcpiHttpResponse forUs = fixture.call("GET", "2.2.1/sender/sessions?date_from=2020-03-01T00:00:00Z", null);
        OcpiHttpResponse forThem = fixture.call("GET", "2.2.1/sender/sessions", null, OTHER_TOKEN);

        assertSuccess(forUs, tree("[" + treeOf(mine) + "," + treeOf(mineToo) + "]"));
        assertSuccess(forThem, tree("[" + treeOf(theirs) + "]"));
    }

    @Test
    void withheldSessionsDoNotMakeTheNextPageRepeatOnesAlreadySent() {
        Session theirs = ours("102", "DE", "OTH", "2020-03-09T10:17:09Z");
        Session mine = ours("101", "NL", "EMS", "2020-03-09T10:18:00Z");
        Session mineToo = ours("103", "NL", "EMS", "2020-03-09T10:19:00Z");
        sessions.own.addAll(List.of(theirs, mine, mineToo));

        OcpiHttpResponse first = fixture.call("GET", "2.2.1/sender/sessions?limit=2", null);
        OcpiHttpResponse second = fixture.call("GET", "2.2.1/sender/sessions?limit=2&offset=2", null);

        assertSuccess(first, tree("[" + treeOf(mine) + "]"));
        assertThat(first.header("Link"))
                .isEqualTo("<https://cpo.example.com/ocpi/2.2.1/sender/sessions?offset=2&limit=2>; rel=\"next\"");
        assertSuccess(second, tree("[" + treeOf(mineToo) + "]"));
        assertThat(second.header("Link")).isNull();
    }

    @Test
    void chargingPreferencesAreNotPossibleByDefault() {
        ServerFixture plain = new ServerFixture(s -> s.sessionsSender((ctx, page) -> new PageResult<>(List.of(), 0)));

        OcpiHttpResponse response = plain.call("PUT", "2.2.1/sender/sessions/101/charging_preferences", PREFERENCES);

        assertSuccess(response, tree("\"NOT_POSSIBLE\""));
    }

    @Test
    void chargingPreferencesReachTheHostAndGetItsAnswer() {
        sessions.own.add(ours("101", "NL", "EMS", "2020-03-09T10:17:09Z"));
        sessions.preferencesAnswer = ChargingPreferencesResponse.DEPARTURE_REQUIRED;

        OcpiHttpResponse response = fixture.call("PUT", "2.2.1/sender/sessions/101/charging_preferences", PREFERENCES);

        assertSuccess(response, tree("\"DEPARTURE_REQUIRED\""));
        assertThat(sessions.preferences)
                .containsExactly(Map.entry("101", read(PREFERENCES, ChargingPreferences.class)));
    }

    @Test
    void chargingPreferencesOfAnUnknownSessionAreNotFound() {
        sessions.own.add(ours("101", "NL", "EMS", "2020-03-09T10:17:09Z"));

        assertNotFound(
                fixture.call("PUT", "2.2.1/sender/sessions/999/charging_preferences", PREFERENCES),
                "session not found");
        assertThat(sessions.preferences).isEmpty();
    }

    @Test
    void invalidChargingPreferencesAre2001WithTheirPaths() {
        sessions.own.add(ours("101", "NL", "EMS", "2020-03-09T10:17:09Z"));

        assertViolations(
                fixture.call(
                        "PUT",
                        "2.2.1/sender/sessions/101/charging_preferences",
                        "{\"profile_type\": \"TURBO\", \"energy_need\": \"a lot\"}"),
                "[{\"path\":\"profile_type\","
                        + "\"rule\":\"enum ProfileType: unknown value \\\"TURBO\\\" (allowed: CHEAP, FAST, GREEN, REGULAR)\"},"
                        + "{\"path\":\"energy_need\",\"rule\":\"type: expected a number, was a string\"}]");
        assertViolations(
                fixture.call("PUT", "2.2.1/sender/sessions/101/charging_preferences", "{}"),
                "[{\"path\":\"profile_type\",\"rule\":\"required\"}]");
        assertThat(sessions.preferences).isEmpty();
    }

    @Test
    void senderHasOnlyTheListAndChargingPreferences() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertMethodNotAllowed(fixture.call(method, "2.2.1/sender/sessions", "{}"), method);
        }
        for (String method : new String[] {"GET", "POST", "PATCH", "DELETE"}) {
            assertMethodNotAllowed(
                    fixture.call(method, "2.2.1/sender/sessions/101/charging_preferences", PREFERENCES), method);
        }
        assertThat(sessions.preferences).isEmpty();
    }

    // ---- Receiver --------------------------------------------------------------------------------------------

    @Test
    void receiverGetsAStoredSession() {
        sessions.receive(read(SESSION, Session.class));

        assertSuccess(fixture.call("GET", RECEIVER, null), tree(SESSION));
    }

    @Test
    void receiverAnswers404ForAnUnknownSession() {
        sessions.receive(read(SESSION, Session.class));

        assertNotFound(fixture.call("GET", "2.2.1/receiver/sessions/NL/EMS/999", null), "session not found");
        assertNotFound(
                fixture.call(
                        "PATCH",
                        "2.2.1/receiver/sessions/NL/EMS/999",
                        example("session_patch_example_charging_period.json")),
                "session not found: PUT the whole session before a PATCH");
        assertThat(sessions.puts).isEmpty();
    }

    @Test
    void anotherPartysSessionsAreInvisibleAndUntouchable() {
        String theirs = SESSION.replace("\"NL\",\n  \"party_id\": \"EMS\"", "\"DE\",\n  \"party_id\": \"OTH\"");
        Session stored = read(theirs, Session.class);
        assertThat(stored.partyId().value()).isEqualTo("OTH");
        sessions.receive(stored);
        String url = "2.2.1/receiver/sessions/DE/OTH/101";

        assertNotYours(fixture.call("GET", url, null), "DE/OTH");
        assertNotYours(fixture.call("PUT", url, theirs), "DE/OTH");
        assertNotYours(fixture.call("PATCH", url, example("session_patch_example_total_cost.json")), "DE/OTH");

        assertThat(sessions.puts).isEmpty();
        assertSuccess(fixture.call("GET", url, null, OTHER_TOKEN), tree(theirs));
    }

    @Test
    void putOfANewSessionIsCreatedAndStoredAsSent() {
        assertSuccessWithoutData(fixture.call("PUT", RECEIVER, SESSION), 201);

        assertThat(sessions.puts).containsExactly(read(SESSION, Session.class));
        assertSuccess(fixture.call("GET", RECEIVER, null), tree(SESSION));
    }

    @Test
    void putOfAKnownSessionReplacesItChargingPeriodsAndAll() {
        sessions.receive(read(SESSION, Session.class));
        ObjectNode replacement = (ObjectNode) tree(SESSION);
        replacement.remove("charging_periods");
        replacement.put("status", "INVALID").put("last_updated", "2015-06-30T00:00:00Z");

        assertSuccessWithoutData(fixture.call("PUT", RECEIVER, replacement.toString()), 200);

        assertSuccess(fixture.call("GET", RECEIVER, null), treeOf(read(replacement.toString(), Session.class)));
        assertThat(sessions.received.values().iterator().next().chargingPeriods())
                .isEmpty();
    }

    @Test
    void putWhoseIdsDifferFromTheUrlsIs2001() {
        assertError(
                fixture.call("PUT", "2.2.1/receiver/sessions/NL/EMS/102", SESSION),
                200,
                2001,
                "session_id in the URL (102) differs from the body's (101): send the same in both");
        assertError(
                fixture.call(
                        "PUT",
                        RECEIVER,
                        SESSION.replace(
                                "\"country_code\": \"NL\",\n  \"party_id\"",
                                "\"country_code\": \"DE\",\n  \"party_id\"")),
                200,
                2001,
                "country_code in the URL (NL) differs from the body's (DE): send the same in both");
        assertError(
                fixture.call("PUT", RECEIVER, SESSION.replace("\"EMS\"", "\"OTH\"")),
                200,
                2001,
                "party_id in the URL (EMS) differs from the body's (OTH): send the same in both");
        assertThat(sessions.puts).isEmpty();
    }

    @Test
    void putOfAnInvalidSessionIs2001WithItsViolations() {
        String broken = SESSION.replace("\"currency\": \"EUR\",", "").replace("\"kwh\": 41.12", "\"kwh\": \"41\"");

        assertViolations(
                fixture.call("PUT", RECEIVER, broken),
                "[{\"path\":\"kwh\",\"rule\":\"type: expected a number, was a string\"},"
                        + "{\"path\":\"currency\",\"rule\":\"required\"}]");
        assertThat(sessions.puts).isEmpty();
    }

    @Test
    void specsChargingPeriodPatchAddsThePeriodAndUpdatesTheOtherFields() {
        sessions.receive(read(SESSION, Session.class));
        String patch = example("session_patch_example_charging_period.json");

        assertSuccessWithoutData(fixture.call("PATCH", RECEIVER, patch), 200);

        ObjectNode expected = (ObjectNode) tree(SESSION);
        ((ArrayNode) expected.get("charging_periods"))
                .add(tree(patch).get("charging_periods").get(0));
        expected.set("kwh", tree(patch).get("kwh"));
        expected.set("total_cost", tree(patch).get("total_cost"));
        expected.put("last_updated", "2019-06-23T08:16:02Z");
        assertSuccess(fixture.call("GET", RECEIVER, null), expected);
        assertThat(sessions.puts).hasSize(1);
    }

    @Test
    void patchWithoutChargingPeriodsKeepsThem() {
        sessions.receive(read(SESSION, Session.class));
        String patch = example("session_patch_example_total_cost.json");

        assertSuccessWithoutData(fixture.call("PATCH", RECEIVER, patch), 200);

        ObjectNode expected = (ObjectNode) tree(SESSION);
        expected.set("total_cost", tree(patch).get("total_cost"));
        expected.put("last_updated", "2019-06-23T08:11:00Z");
        assertSuccess(fixture.call("GET", RECEIVER, null), expected);
        assertThat(expected.get("charging_periods")).hasSize(3);
    }

    @Test
    void patchWhoseIdsDifferFromTheUrlsIs2001() {
        sessions.receive(read(SESSION, Session.class));
        String time = ", \"last_updated\": \"2019-06-23T08:16:02Z\"}";

        assertError(
                fixture.call("PATCH", RECEIVER, "{\"id\": \"102\"" + time),
                200,
                2001,
                "session_id in the URL (101) differs from the body's (102): send the same in both");
        assertError(
                fixture.call("PATCH", RECEIVER, "{\"country_code\": \"DE\"" + time),
                200,
                2001,
                "country_code in the URL (NL) differs from the body's (DE): send the same in both");
        assertError(
                fixture.call("PATCH", RECEIVER, "{\"party_id\": \"OTH\"" + time),
                200,
                2001,
                "party_id in the URL (EMS) differs from the body's (OTH): send the same in both");
        assertThat(sessions.puts).isEmpty();
    }

    @Test
    void patchWithoutLastUpdatedOrNullingARequiredFieldIs2001WithThePaths() {
        sessions.receive(read(SESSION, Session.class));

        assertViolations(
                fixture.call("PATCH", RECEIVER, "{\"kwh\": 15.0}"),
                "[{\"path\":\"last_updated\",\"rule\":\"required\"}]");
        assertViolations(
                fixture.call("PATCH", RECEIVER, "{\"status\": null, \"last_updated\": \"2019-06-23T08:16:02Z\"}"),
                "[{\"path\":\"status\",\"rule\":\"required: a PATCH cannot set it to null\"}]");
        assertThat(sessions.puts).isEmpty();
    }

    @Test
    void receiverHasNeitherPostNorDelete() {
        sessions.receive(read(SESSION, Session.class));

        assertMethodNotAllowed(fixture.call("POST", RECEIVER, SESSION), "POST");
        assertMethodNotAllowed(fixture.call("DELETE", RECEIVER, null), "DELETE");
        assertThat(sessions.puts).isEmpty();
        assertThat(sessions.received).hasSize(1);
    }
}
