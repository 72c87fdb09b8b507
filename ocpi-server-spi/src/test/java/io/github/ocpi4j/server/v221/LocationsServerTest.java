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
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.ServerFixture;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The Locations module through {@code handle()}: the Sender interface ({@code [[mod_locations_cpo_interface]]}) and
 * the Receiver interface ({@code [[mod_locations_emsp_interface]]}) with the default EVSE and connector operations,
 * which put and patch them inside their location and keep the parents' {@code last_updated} ({@code
 * [[mod_locations_put_method]]}, {@code [[mod_locations_patch_method]]}).
 */
class LocationsServerTest {
    private static final String LOCATION =
            example("location_example.json").replace("\"BE\"", "\"NL\"").replace("\"BEC\"", "\"EMS\"");
    private static final String THEIRS =
            example("location_example.json").replace("\"BE\"", "\"DE\"").replace("\"BEC\"", "\"OTH\"");
    private static final String RECEIVER = "2.2.1/receiver/locations/NL/EMS/LOC1";
    private static final String SPEC_PATCH_TIME = "2019-06-24T12:39:09Z";
    /** A complete EVSE for location_put_example_add_evse.json, whose connector lacks required fields. */
    private static final String NEW_EVSE = "{\"uid\": \"3258\", \"evse_id\": \"BE*BEC*E041503003\","
            + " \"status\": \"AVAILABLE\", \"capabilities\": [\"RESERVABLE\"],"
            + " \"connectors\": [{\"id\": \"1\", \"standard\": \"IEC_62196_T2\", \"format\": \"SOCKET\","
            + " \"power_type\": \"AC_3_PHASE\", \"max_voltage\": 220, \"max_amperage\": 16, \"tariff_ids\": [\"14\"],"
            + " \"last_updated\": \"2019-06-24T12:39:09Z\"}],"
            + " \"floor_level\": \"-1\", \"physical_reference\": \"3\", \"last_updated\": \"2019-06-24T12:39:09Z\"}";

    private static final String NEW_CONNECTOR = "{\"id\": \"2\", \"standard\": \"DOMESTIC_F\", \"format\": \"SOCKET\","
            + " \"power_type\": \"AC_1_PHASE\", \"max_voltage\": 230, \"max_amperage\": 16,"
            + " \"last_updated\": \"2019-06-24T12:39:09Z\"}";

    private final InMemoryLocations locations = new InMemoryLocations();
    private final ServerFixture fixture =
            new ServerFixture(s -> s.locationsSender(locations).locationsReceiver(locations));
    private final Location loc1 = read(LOCATION, Location.class);

    // ---- Sender ----------------------------------------------------------------------------------------------

    @Test
    void senderListIsTheHostsPageForTheRequestsParameters() {
        Location loc2 = loc1.toBuilder()
                .id("LOC2")
                .lastUpdated(Instant.parse("2016-01-01T00:00:00Z"))
                .build();
        locations.own.add(loc1);
        locations.own.add(loc2);

        OcpiHttpResponse response =
                fixture.call("GET", "2.2.1/sender/locations?date_from=2015-06-29T20:39:09Z&offset=1&limit=5", null);

        assertSuccess(response, tree("[" + treeOf(loc2) + "]"));
        assertThat(response.header("X-Total-Count")).isEqualTo("2");
        assertThat(response.header("Link")).isNull();
        assertThat(locations.pages).containsExactly(new PageRequest(1, 5, Instant.parse("2015-06-29T20:39:09Z"), null));
    }

    @Test
    void senderGetsALocationAnEvseAndAConnector() {
        locations.own.add(loc1);
        ObjectNode location = (ObjectNode) tree(LOCATION);

        assertSuccess(fixture.call("GET", "2.2.1/sender/locations/LOC1", null), location);
        assertSuccess(
                fixture.call("GET", "2.2.1/sender/locations/LOC1/3257", null),
                location.get("evses").get(1));
        assertSuccess(
                fixture.call("GET", "2.2.1/sender/locations/LOC1/3256/2", null),
                location.get("evses").get(0).get("connectors").get(1));
    }

    @Test
    void senderAnswers404ForAnUnknownLocationEvseOrConnector() {
        locations.own.add(loc1);

        assertNotFound(fixture.call("GET", "2.2.1/sender/locations/LOC9", null), "location not found");
        assertNotFound(fixture.call("GET", "2.2.1/sender/locations/LOC9/3256", null), "EVSE not found");
        assertNotFound(fixture.call("GET", "2.2.1/sender/locations/LOC1/9999", null), "EVSE not found");
        assertNotFound(fixture.call("GET", "2.2.1/sender/locations/LOC1/9999/1", null), "connector not found");
        assertNotFound(fixture.call("GET", "2.2.1/sender/locations/LOC1/3257/2", null), "connector not found");
    }

    @Test
    void senderHasOnlyGet() {
        locations.own.add(loc1);

        for (String target :
                new String[] {"sender/locations/LOC1", "sender/locations/LOC1/3256", "sender/locations/LOC1/3256/1"}) {
            for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
                assertMethodNotAllowed(fixture.call(method, "2.2.1/" + target, "{}"), method);
            }
        }
        assertThat(locations.own).containsExactly(loc1);
    }

    // ---- Receiver: GET ---------------------------------------------------------------------------------------

    @Test
    void receiverGetsAStoredLocationEvseAndConnector() {
        locations.receive(loc1);
        ObjectNode location = (ObjectNode) tree(LOCATION);

        assertSuccess(fixture.call("GET", RECEIVER, null), location);
        assertSuccess(
                fixture.call("GET", RECEIVER + "/3257", null),
                location.get("evses").get(1));
        assertSuccess(
                fixture.call("GET", RECEIVER + "/3256/2", null),
                location.get("evses").get(0).get("connectors").get(1));
    }

    @Test
    void receiverAnswers404ForAnUnknownLocationEvseOrConnector() {
        locations.receive(loc1);

        assertNotFound(fixture.call("GET", "2.2.1/receiver/locations/NL/EMS/LOC9", null), "location not found");
        assertNotFound(fixture.call("GET", RECEIVER + "/9999", null), "EVSE not found");
        assertNotFound(fixture.call("GET", RECEIVER + "/3256/9", null), "connector not found");
    }

    @Test
    void anotherPartysLocationsEvsesAndConnectorsAreInvisibleAndUntouchable() {
        Location theirs = read(THEIRS, Location.class);
        locations.receive(theirs);
        String url = "2.2.1/receiver/locations/DE/OTH/LOC1";
        String evse = tree(THEIRS).get("evses").get(0).toString();
        String connector =
                tree(THEIRS).get("evses").get(0).get("connectors").get(0).toString();

        assertNotYours(fixture.call("GET", url + "/3256", null), "DE/OTH");
        assertNotYours(fixture.call("GET", url + "/3256/1", null), "DE/OTH");
        assertNotYours(fixture.call("PUT", url + "/3256", evse), "DE/OTH");
        assertNotYours(fixture.call("PUT", url + "/3256/1", connector), "DE/OTH");
        assertNotYours(fixture.call("PATCH", url, example("location_patch_example_location.json")), "DE/OTH");
        assertNotYours(fixture.call("PATCH", url + "/3256", example("location_patch_example_status.json")), "DE/OTH");
        assertNotYours(fixture.call("PATCH", url + "/3256/1", example("location_patch_example_tariff.json")), "DE/OTH");

        assertThat(locations.puts).isEmpty();
        assertThat(locations.received("DE", "OTH", "LOC1")).isEqualTo(theirs);
        assertSuccess(fixture.call("GET", url + "/3256/1", null, OTHER_TOKEN), tree(connector));
    }

    // ---- Receiver: PUT ---------------------------------------------------------------------------------------

    @Test
    void putLocationStoresItAsSent() {
        assertSuccessWithoutData(fixture.call("PUT", RECEIVER, LOCATION), 201);

        assertThat(locations.received("NL", "EMS", "LOC1")).isEqualTo(loc1);
        assertSuccess(fixture.call("GET", RECEIVER, null), tree(LOCATION));
    }

    @Test
    void putLocationOfAnotherOwnerThanTheUrlsIs2001() {
        OcpiHttpResponse country = fixture.call("PUT", RECEIVER, LOCATION.replace("\"NL\"", "\"DE\""));
        OcpiHttpResponse party = fixture.call("PUT", RECEIVER, LOCATION.replace("\"EMS\"", "\"OTH\""));

        assertError(
                country, 200, 2001, "country_code in the URL (NL) differs from the body's (DE): send the same in both");
        assertError(party, 200, 2001, "party_id in the URL (EMS) differs from the body's (OTH): send the same in both");
        assertThat(locations.puts).isEmpty();
    }

    @Test
    void putOfANewEvseAddsItToItsLocationAndGivesTheLocationItsLastUpdated() {
        locations.receive(loc1);

        assertSuccessWithoutData(fixture.call("PUT", RECEIVER + "/3258", NEW_EVSE), 201);

        ObjectNode expected = (ObjectNode) tree(LOCATION);
        ((ArrayNode) expected.get("evses")).add(tree(NEW_EVSE));
        expected.put("last_updated", SPEC_PATCH_TIME);
        assertSuccess(fixture.call("GET", RECEIVER, null), expected);
        assertSuccess(fixture.call("GET", RECEIVER + "/3258", null), tree(NEW_EVSE));
        assertThat(locations.puts).hasSize(1);
    }

    @Test
    void putOfAKnownEvseReplacesItInPlaceAndGivesTheLocationItsLastUpdated() {
        locations.receive(loc1);
        ObjectNode evse = (ObjectNode) tree(NEW_EVSE);
        evse.put("uid", "3256").put("status", "OUTOFORDER");

        assertSuccessWithoutData(fixture.call("PUT", RECEIVER + "/3256", evse.toString()), 200);

        ObjectNode expected = (ObjectNode) tree(LOCATION);
        ((ArrayNode) expected.get("evses")).set(0, evse);
        expected.put("last_updated", SPEC_PATCH_TIME);
        assertSuccess(fixture.call("GET", RECEIVER, null), expected);
    }

    @Test
    void putOfAnEvseOfAnUnknownLocationIsNotFound() {
        locations.receive(loc1);

        assertNotFound(
                fixture.call("PUT", "2.2.1/receiver/locations/NL/EMS/LOC9/3258", NEW_EVSE),
                "location not found: PUT the location before what goes into it");
        assertThat(locations.puts).isEmpty();
    }

    @Test
    void putOfAnEvseWhoseUidDiffersFromTheUrlsIs2001() {
        locations.receive(loc1);

        assertError(
                fixture.call("PUT", RECEIVER + "/3259", NEW_EVSE),
                200,
                2001,
                "evse_uid in the URL (3259) differs from the body's (3258): send the same in both");
        assertThat(locations.puts).isEmpty();
    }

    @Test
    void specsAddAnEvseExampleLacksRequiredConnectorFieldsAndIs2001WithTheirPaths() {
        locations.receive(loc1);

        assertViolations(
                fixture.call("PUT", RECEIVER + "/3256", example("location_put_example_add_evse.json")),
                "[{\"path\":\"physical_reference\",\"rule\":\"type: expected a string, was a number\"},"
                        + "{\"path\":\"connectors[0].last_updated\",\"rule\":\"required\"},"
                        + "{\"path\":\"connectors[0].max_amperage\",\"rule\":\"required\"},"
                        + "{\"path\":\"connectors[0].max_voltage\",\"rule\":\"required\"},"
                        + "{\"path\":\"connectors[0].power_type\",\"rule\":\"required\"}]");
        assertThat(locations.puts).isEmpty();
    }

    @Test
    void putOfANewConnectorAddsItToItsEvseAndGivesEvseAndLocationItsLastUpdated() {
        locations.receive(loc1);

        assertSuccessWithoutData(fixture.call("PUT", RECEIVER + "/3257/2", NEW_CONNECTOR), 201);

        ObjectNode expected = (ObjectNode) tree(LOCATION);
        ObjectNode evse = (ObjectNode) expected.get("evses").get(1);
        ((ArrayNode) evse.get("connectors")).add(tree(NEW_CONNECTOR));
        evse.put("last_updated", SPEC_PATCH_TIME);
        expected.put("last_updated", SPEC_PATCH_TIME);
        assertSuccess(fixture.call("GET", RECEIVER, null), expected);
        assertSuccess(fixture.call("GET", RECEIVER + "/3257/2", null), tree(NEW_CONNECTOR));
        assertThat(locations.puts).hasSize(1);
    }

    @Test
    void putOfAKnownConnectorReplacesItInPlace() {
        locations.receive(loc1);
        ObjectNode connector = (ObjectNode) tree(NEW_CONNECTOR);
        connector.put("id", "1");

        assertSuccessWithoutData(fixture.call("PUT", RECEIVER + "/3256/1", connector.toString()), 200);

        ObjectNode expected = (ObjectNode) tree(LOCATION);
        ObjectNode evse = (ObjectNode) expected.get("evses").get(0);
        ((ArrayNode) evse.get("connectors")).set(0, connector);
        evse.put("last_updated", SPEC_PATCH_TIME);
        expected.put("last_updated", SPEC_PATCH_TIME);
        assertSuccess(fixture.call("GET", RECEIVER, null), expected);
    }

    @Test
    void putOfAConnectorOfAnUnknownEvseOrLocationIsNotFound() {
        locations.receive(loc1);

        assertNotFound(
                fixture.call("PUT", RECEIVER + "/9999/2", NEW_CONNECTOR),
                "EVSE not found: PUT the EVSE before what goes into it");
        assertNotFound(
                fixture.call("PUT", "2.2.1/receiver/locations/NL/EMS/LOC9/3256/2", NEW_CONNECTOR),
                "EVSE not found: PUT the EVSE before what goes into it");
        assertThat(locations.puts).isEmpty();
    }

    @Test
    void putOfAConnectorWhoseIdDiffersFromTheUrlsIs2001() {
        locations.receive(loc1);

        assertError(
                fixture.call("PUT", RECEIVER + "/3256/3", NEW_CONNECTOR),
                200,
                2001,
                "connector_id in the URL (3) differs from the body's (2): send the same in both");
        assertThat(locations.puts).isEmpty();
    }

    @Test
    void putOfAnInvalidConnectorIs2001WithItsViolations() {
        locations.receive(loc1);
        String broken = NEW_CONNECTOR.replace(" \"max_voltage\": 230,", "").replace("SOCKET", "PLUG");

        assertViolations(
                fixture.call("PUT", RECEIVER + "/3256/2", broken),
                "[{\"path\":\"format\","
                        + "\"rule\":\"enum ConnectorFormat: unknown value \\\"PLUG\\\" (allowed: SOCKET, CABLE)\"},"
                        + "{\"path\":\"max_voltage\",\"rule\":\"required\"}]");
        assertThat(locations.puts).isEmpty();
    }

    // ---- Receiver: PATCH -------------------------------------------------------------------------------------

    @Test
    void specsLocationNamePatchChangesTheNameAndLastUpdated() {
        locations.receive(loc1);

        assertSuccessWithoutData(fixture.call("PATCH", RECEIVER, example("location_patch_example_location.json")), 200);

        ObjectNode expected = (ObjectNode) tree(LOCATION);
        expected.put("name", "Interparking Gent Zuid").put("last_updated", SPEC_PATCH_TIME);
        assertSuccess(fixture.call("GET", RECEIVER, null), expected);
    }

    @Test
    void specsEvseStatusPatchChangesTheEvseAndGivesTheLocationItsLastUpdated() {
        locations.receive(loc1);

        assertSuccessWithoutData(
                fixture.call("PATCH", RECEIVER + "/3256", example("location_patch_example_status.json")), 200);

        ObjectNode expected = (ObjectNode) tree(LOCATION);
        ((ObjectNode) expected.get("evses").get(0)).put("status", "CHARGING").put("last_updated", SPEC_PATCH_TIME);
        expected.put("last_updated", SPEC_PATCH_TIME);
        assertSuccess(fixture.call("GET", RECEIVER, null), expected);
    }

    @Test
    void specsRemoveEvsePatchMarksTheEvseRemoved() {
        locations.receive(loc1);

        assertSuccessWithoutData(
                fixture.call("PATCH", RECEIVER + "/3257", example("location_patch_example_remove_evse.json")), 200);

        ObjectNode evse = (ObjectNode) tree(LOCATION).get("evses").get(1);
        evse.put("status", "REMOVED").put("last_updated", SPEC_PATCH_TIME);
        assertSuccess(fixture.call("GET", RECEIVER + "/3257", null), evse);
        assertThat(locations.received("NL", "EMS", "LOC1").lastUpdated()).isEqualTo(Instant.parse(SPEC_PATCH_TIME));
    }

    @Test
    void specsTariffPatchChangesTheConnectorAndGivesEvseAndLocationItsLastUpdated() {
        locations.receive(loc1);

        assertSuccessWithoutData(
                fixture.call("PATCH", RECEIVER + "/3256/2", example("location_patch_example_tariff.json")), 200);

        ObjectNode expected = (ObjectNode) tree(LOCATION);
        ObjectNode evse = (ObjectNode) expected.get("evses").get(0);
        ObjectNode connector = (ObjectNode) evse.get("connectors").get(1);
        connector.set("tariff_ids", tree("[\"15\"]"));
        connector.put("last_updated", SPEC_PATCH_TIME);
        evse.put("last_updated", SPEC_PATCH_TIME);
        expected.put("last_updated", SPEC_PATCH_TIME);
        assertSuccess(fixture.call("GET", RECEIVER, null), expected);
    }

    @Test
    void patchOfAnUnknownLocationEvseOrConnectorIsNotFound() {
        locations.receive(loc1);

        assertNotFound(
                fixture.call(
                        "PATCH",
                        "2.2.1/receiver/locations/NL/EMS/LOC9",
                        example("location_patch_example_location.json")),
                "location not found: PUT the whole location before a PATCH");
        assertNotFound(
                fixture.call("PATCH", RECEIVER + "/9999", example("location_patch_example_status.json")),
                "EVSE not found: PUT the whole EVSE before a PATCH");
        assertNotFound(
                fixture.call("PATCH", RECEIVER + "/3257/2", example("location_patch_example_tariff.json")),
                "connector not found: PUT the whole connector before a PATCH");
        assertThat(locations.puts).isEmpty();
    }

    @Test
    void patchWhoseIdsDifferFromTheUrlsIs2001() {
        locations.receive(loc1);
        String time = ", \"last_updated\": \"2019-06-24T12:39:09Z\"}";

        assertError(
                fixture.call("PATCH", RECEIVER, "{\"id\": \"LOC2\"" + time),
                200,
                2001,
                "location_id in the URL (LOC1) differs from the body's (LOC2): send the same in both");
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
        assertError(
                fixture.call("PATCH", RECEIVER + "/3256", "{\"uid\": \"3257\"" + time),
                200,
                2001,
                "evse_uid in the URL (3256) differs from the body's (3257): send the same in both");
        assertError(
                fixture.call("PATCH", RECEIVER + "/3256/1", "{\"id\": \"2\"" + time),
                200,
                2001,
                "connector_id in the URL (1) differs from the body's (2): send the same in both");
        assertThat(locations.puts).isEmpty();
    }

    @Test
    void patchWithoutLastUpdatedOrNullingARequiredFieldIs2001WithThePaths() {
        locations.receive(loc1);

        assertViolations(
                fixture.call("PATCH", RECEIVER, "{\"name\": \"Gent\"}"),
                "[{\"path\":\"last_updated\",\"rule\":\"required\"}]");
        assertViolations(
                fixture.call(
                        "PATCH", RECEIVER + "/3256", "{\"status\": null, \"last_updated\": \"2019-06-24T12:39:09Z\"}"),
                "[{\"path\":\"status\",\"rule\":\"required: a PATCH cannot set it to null\"}]");
        assertViolations(
                fixture.call(
                        "PATCH",
                        RECEIVER + "/3256/1",
                        "{\"tariff_ids\": [\"" + "1".repeat(37) + "\"], \"last_updated\": \"2019-06-24T12:39:09Z\"}"),
                "[{\"path\":\"tariff_ids[0]\",\"rule\":\"CiString(36): 37 characters, at most 36 allowed\"}]");
        assertThat(locations.puts).isEmpty();
    }

    @Test
    void receiverHasNeitherPostNorDelete() {
        locations.receive(loc1);

        for (String target : new String[] {RECEIVER, RECEIVER + "/3256", RECEIVER + "/3256/1"}) {
            assertMethodNotAllowed(fixture.call("POST", target, LOCATION), "POST");
            assertMethodNotAllowed(fixture.call("DELETE", target, null), "DELETE");
        }
        assertThat(locations.puts).isEmpty();
        assertThat(locations.received("NL", "EMS", "LOC1")).isEqualTo(loc1);
    }
}
