package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.ServerFixture.OTHER_TOKEN;
import static io.github.ocpi4j.server.ServerFixture.TOKEN;
import static io.github.ocpi4j.server.ServerFixture.json;
import static io.github.ocpi4j.server.ServerFixture.statusCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A registered party (DE-OTH) trying to act as another (NL-EMS) through every endpoint of every version that names a
 * party: the ids of the URL, the owner in the body, and the routing headers ({@code
 * [[transport_and_format_message_routing]]}). Client-owned objects belong to the party that pushed them ({@code
 * [[transport_and_format_client_owned_object_push]]}): another party's are invisible (404) and cannot be written.
 */
class ImpersonationTest {
    private static final String LOCATION = "/receiver/locations/NL/EMS/LOC1";

    /** A CPO and an eMSP of each version. */
    private final Map<String, VersionSides> sides = new HashMap<>();

    ImpersonationTest() {
        for (String version : VersionSides.VERSIONS) {
            sides.put(version, new VersionSides(version));
        }
        // NL-EMS's own objects, pushed by NL-EMS itself
        for (Arguments push : pushesOfNlEms().toList()) {
            Object[] a = push.get();
            OcpiHttpResponse stored = side(a).call((String) a[1], (String) a[2], (String) a[3], TOKEN);
            assertThat(stored.status()).as("%s %s", a[1], a[2]).isIn(200, 201);
        }
    }

    /** The objects NL-EMS pushes, in each version: side, method, target, body. */
    static Stream<Arguments> pushesOfNlEms() {
        return VersionSides.VERSIONS.stream().flatMap(v -> {
            Bodies bodies = new Bodies(v);
            return Stream.of(
                    Arguments.of("emsp", "PUT", v + LOCATION, bodies.location("NL", "EMS", "LOC1")),
                    Arguments.of("emsp", "PUT", v + "/receiver/sessions/NL/EMS/S1", bodies.session("NL", "EMS", "S1")),
                    Arguments.of("emsp", "POST", v + "/receiver/cdrs", bodies.cdr("NL", "EMS", "CDR1")),
                    Arguments.of("emsp", "PUT", v + "/receiver/tariffs/NL/EMS/T1", bodies.tariff("NL", "EMS", "T1")),
                    Arguments.of(
                            "cpo",
                            "PUT",
                            v + "/receiver/tokens/NL/EMS/TOKEN1",
                            bodies.token("NL", "EMS", "TOKEN1", true)));
        });
    }

    /** Every call on NL-EMS's objects by their URL, in each version: side, method, target, body. */
    static Stream<Arguments> callsOnNlEmsObjects() {
        return VersionSides.VERSIONS.stream().flatMap(v -> {
            Bodies bodies = new Bodies(v);
            JsonNode location = Bodies.tree(bodies.location("NL", "EMS", "LOC1"));
            String evse = location.get("evses").get(0).toString();
            String connector =
                    location.get("evses").get(0).get("connectors").get(0).toString();
            String at = v + LOCATION;
            return Stream.of(
                    Arguments.of("emsp", "GET", at, null),
                    Arguments.of("emsp", "GET", at + "/3256", null),
                    Arguments.of("emsp", "GET", at + "/3256/1", null),
                    Arguments.of("emsp", "PUT", at, location.toString()),
                    Arguments.of("emsp", "PUT", at + "/3256", evse),
                    Arguments.of("emsp", "PUT", at + "/3256/1", connector),
                    Arguments.of("emsp", "PATCH", at, bodies.example("location_patch_example_location.json")),
                    Arguments.of("emsp", "PATCH", at + "/3256", bodies.example("location_patch_example_status.json")),
                    Arguments.of("emsp", "PATCH", at + "/3256/1", bodies.example("location_patch_example_tariff.json")),
                    Arguments.of("emsp", "GET", v + "/receiver/sessions/NL/EMS/S1", null),
                    Arguments.of("emsp", "PUT", v + "/receiver/sessions/NL/EMS/S1", bodies.session("NL", "EMS", "S1")),
                    Arguments.of(
                            "emsp",
                            "PATCH",
                            v + "/receiver/sessions/NL/EMS/S1",
                            bodies.example("session_patch_example_total_cost.json")),
                    Arguments.of("emsp", "GET", v + "/receiver/cdrs/NL/EMS/CDR1", null),
                    Arguments.of("emsp", "GET", v + "/receiver/tariffs/NL/EMS/T1", null),
                    Arguments.of("emsp", "PUT", v + "/receiver/tariffs/NL/EMS/T1", bodies.tariff("NL", "EMS", "T1")),
                    Arguments.of("emsp", "DELETE", v + "/receiver/tariffs/NL/EMS/T1", null),
                    Arguments.of("cpo", "GET", v + "/receiver/tokens/NL/EMS/TOKEN1", null),
                    Arguments.of(
                            "cpo",
                            "PUT",
                            v + "/receiver/tokens/NL/EMS/TOKEN1",
                            bodies.token("NL", "EMS", "TOKEN1", false)),
                    Arguments.of(
                            "cpo",
                            "PATCH",
                            v + "/receiver/tokens/NL/EMS/TOKEN1",
                            "{\"valid\":false,\"last_updated\":\"2024-05-01T12:00:00Z\"}"));
        });
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("callsOnNlEmsObjects")
    void anotherPartysObjectsAreInvisibleAndUntouchedThroughTheirUrl(
            String side, String method, String target, String body) {
        Map<String, ?> before = snapshot();

        OcpiHttpResponse response = side(side, target).call(method, target, body, OTHER_TOKEN);

        assertThat(response.status()).isEqualTo(404);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo(
                        "NL/EMS is not one of your roles: use your own country code and party id in the URL (DE/OTH)");
        assertThat(snapshot()).isEqualTo(before);
    }

    /** The objects of NL-EMS pushed in a body under the URL of DE-OTH, and in the body of a CDR: side, method, target, body. */
    static Stream<Arguments> nlEmsObjectsUnderDeOthsUrl() {
        return pushesOfNlEms().map(push -> {
            Object[] a = push.get();
            return Arguments.of(a[0], a[1], ((String) a[2]).replace("NL/EMS", "DE/OTH"), a[3]);
        });
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("nlEmsObjectsUnderDeOthsUrl")
    void anotherPartysObjectInTheBodyIsRefused(String side, String method, String target, String body) {
        Map<String, ?> before = snapshot();

        OcpiHttpResponse response = side(side, target).call(method, target, body, OTHER_TOKEN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void routingHeadersThatNameAnotherPartyAsTheSenderAreRefused(String v) {
        ServerFixture emsp = sides.get(v).emsp;
        OcpiHttpResponse asNlEms = withFrom(emsp, v, OTHER_TOKEN, "NL", "EMS");
        OcpiHttpResponse halfOfIt = emsp.server.handle(
                request(v, OTHER_TOKEN).header("OCPI-from-party-id", "EMS").build());

        for (OcpiHttpResponse response : List.of(asNlEms, halfOfIt)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(statusCode(response)).isEqualTo(2001);
            assertThat(json(response).get("status_message").asText())
                    .endsWith("which is not one of the roles you registered: name one of yours, or leave them out");
        }
        assertThat(json(asNlEms).get("status_message").asText())
                .isEqualTo("OCPI-from-country-code and OCPI-from-party-id name NL EMS,"
                        + " which is not one of the roles you registered: name one of yours, or leave them out");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void routingHeadersThatNameTheSenderItselfOrComeFromAHubPass(String v) {
        ServerFixture emsp = sides.get(v).emsp;
        emsp.parties.save(Party.preRegistered("hub", "hub-token", PartyRole.of("HUB", "DE", "HUB")));

        assertThat(statusCode(withFrom(emsp, v, OTHER_TOKEN, "de", "oth"))).isEqualTo(1000);
        // a Hub forwards messages of the parties behind it ([[transport_and_format_message_routing]])
        assertThat(statusCode(withFrom(emsp, v, "hub-token", "NL", "EMS"))).isEqualTo(1000);
    }

    // ---- helpers

    /** The server of a side of the version a target starts with. */
    private ServerFixture side(String side, String target) {
        VersionSides both = sides.get(target.substring(0, target.indexOf('/')));
        return side.equals("cpo") ? both.cpo : both.emsp;
    }

    private ServerFixture side(Object[] arguments) {
        return side((String) arguments[0], (String) arguments[2]);
    }

    private static OcpiHttpResponse withFrom(
            ServerFixture emsp, String version, String token, String countryCode, String partyId) {
        return emsp.server.handle(request(version, token)
                .header("OCPI-from-country-code", countryCode)
                .header("OCPI-from-party-id", partyId)
                .build());
    }

    private static OcpiHttpRequest.Builder request(String version, String token) {
        return OcpiHttpRequest.builder()
                .method("GET")
                .target("/ocpi/" + version)
                .header("Authorization", CredentialsTokens.header(token, false));
    }

    /** Everything the hosts of both versions hold. */
    private Map<String, ?> snapshot() {
        Map<String, Object> all = new HashMap<>();
        sides.forEach((version, both) -> all.put(version, both.held()));
        return all;
    }
}
