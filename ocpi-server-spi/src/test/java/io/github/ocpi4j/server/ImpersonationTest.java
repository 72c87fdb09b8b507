package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.ServerFixture.OTHER_TOKEN;
import static io.github.ocpi4j.server.ServerFixture.TOKEN;
import static io.github.ocpi4j.server.ServerFixture.example;
import static io.github.ocpi4j.server.ServerFixture.json;
import static io.github.ocpi4j.server.ServerFixture.statusCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A registered party (DE-OTH) trying to act as another (NL-EMS) through every endpoint that names a party: the ids
 * of the URL, the owner in the body, and the routing headers ({@code [[transport_and_format_message_routing]]}).
 * Client-owned objects belong to the party that pushed them ({@code [[transport_and_format_client_owned_object_push]]}):
 * another party's are invisible (404) and cannot be written.
 */
class ImpersonationTest {
    private static final String LOCATION = "2.2.1/receiver/locations/NL/EMS/LOC1";

    private final InMemoryEmsp receiver = new InMemoryEmsp();
    private final ServerFixture emsp = new ServerFixture(receiver::register);
    private final InMemoryCpo cpoSide = new InMemoryCpo();
    private final ServerFixture cpo = new ServerFixture(cpoSide::register);

    ImpersonationTest() {
        // NL-EMS's own objects, pushed by NL-EMS itself
        for (Arguments push : pushesOfNlEms().toList()) {
            Object[] a = push.get();
            ServerFixture side = a[0].equals("cpo") ? cpo : emsp;
            OcpiHttpResponse stored = side.call((String) a[1], (String) a[2], (String) a[3], TOKEN);
            assertThat(stored.status()).as("%s %s", a[1], a[2]).isIn(200, 201);
        }
    }

    /** The objects NL-EMS pushes: side, method, target, body. */
    static Stream<Arguments> pushesOfNlEms() {
        return Stream.of(
                Arguments.of("emsp", "PUT", LOCATION, write(Fixtures.location("NL", "EMS", "LOC1"))),
                Arguments.of("emsp", "PUT", "2.2.1/receiver/sessions/NL/EMS/S1", write(session())),
                Arguments.of("emsp", "POST", "2.2.1/receiver/cdrs", write(cdr())),
                Arguments.of("emsp", "PUT", "2.2.1/receiver/tariffs/NL/EMS/T1", write(tariff())),
                Arguments.of(
                        "cpo",
                        "PUT",
                        "2.2.1/receiver/tokens/NL/EMS/TOKEN1",
                        write(Fixtures.token("NL", "EMS", "TOKEN1", true))));
    }

    /** Every call on NL-EMS's objects by their URL: side, method, target, body. */
    static Stream<Arguments> callsOnNlEmsObjects() {
        String location = write(Fixtures.location("NL", "EMS", "LOC1"));
        Location parsed = Fixtures.location("NL", "EMS", "LOC1");
        String evse = write(parsed.evses().get(0));
        String connector = write(parsed.evses().get(0).connectors().get(0));
        return Stream.of(
                Arguments.of("emsp", "GET", LOCATION, null),
                Arguments.of("emsp", "GET", LOCATION + "/3256", null),
                Arguments.of("emsp", "GET", LOCATION + "/3256/1", null),
                Arguments.of("emsp", "PUT", LOCATION, location),
                Arguments.of("emsp", "PUT", LOCATION + "/3256", evse),
                Arguments.of("emsp", "PUT", LOCATION + "/3256/1", connector),
                Arguments.of("emsp", "PATCH", LOCATION, example("location_patch_example_location.json")),
                Arguments.of("emsp", "PATCH", LOCATION + "/3256", example("location_patch_example_status.json")),
                Arguments.of("emsp", "PATCH", LOCATION + "/3256/1", example("location_patch_example_tariff.json")),
                Arguments.of("emsp", "GET", "2.2.1/receiver/sessions/NL/EMS/S1", null),
                Arguments.of("emsp", "PUT", "2.2.1/receiver/sessions/NL/EMS/S1", write(session())),
                Arguments.of(
                        "emsp",
                        "PATCH",
                        "2.2.1/receiver/sessions/NL/EMS/S1",
                        example("session_patch_example_total_cost.json")),
                Arguments.of("emsp", "GET", "2.2.1/receiver/cdrs/NL/EMS/CDR1", null),
                Arguments.of("emsp", "GET", "2.2.1/receiver/tariffs/NL/EMS/T1", null),
                Arguments.of("emsp", "PUT", "2.2.1/receiver/tariffs/NL/EMS/T1", write(tariff())),
                Arguments.of("emsp", "DELETE", "2.2.1/receiver/tariffs/NL/EMS/T1", null),
                Arguments.of("cpo", "GET", "2.2.1/receiver/tokens/NL/EMS/TOKEN1", null),
                Arguments.of(
                        "cpo",
                        "PUT",
                        "2.2.1/receiver/tokens/NL/EMS/TOKEN1",
                        write(Fixtures.token("NL", "EMS", "TOKEN1", false))),
                Arguments.of(
                        "cpo",
                        "PATCH",
                        "2.2.1/receiver/tokens/NL/EMS/TOKEN1",
                        "{\"valid\":false,\"last_updated\":\"2024-05-01T12:00:00Z\"}"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("callsOnNlEmsObjects")
    void anotherPartysObjectsAreInvisibleAndUntouchedThroughTheirUrl(
            String side, String method, String target, String body) {
        Map<String, ?> before = snapshot();

        OcpiHttpResponse response = (side.equals("cpo") ? cpo : emsp).call(method, target, body, OTHER_TOKEN);

        assertThat(response.status()).isEqualTo(404);
        assertThat(json(response).get("status_message").asText()).isEqualTo("NL/EMS not found");
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

        OcpiHttpResponse response = (side.equals("cpo") ? cpo : emsp).call(method, target, body, OTHER_TOKEN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void routingHeadersThatNameAnotherPartyAsTheSenderAreRefused() {
        OcpiHttpResponse asNlEms = withFrom(OTHER_TOKEN, "NL", "EMS");
        OcpiHttpResponse halfOfIt = emsp.server.handle(
                request(OTHER_TOKEN).header("OCPI-from-party-id", "EMS").build());

        for (OcpiHttpResponse response : List.of(asNlEms, halfOfIt)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(statusCode(response)).isEqualTo(2001);
            assertThat(json(response).get("status_message").asText())
                    .endsWith("which is not one of the roles you registered");
        }
        assertThat(json(asNlEms).get("status_message").asText())
                .isEqualTo("OCPI-from-country-code and OCPI-from-party-id name NL EMS,"
                        + " which is not one of the roles you registered");
    }

    @Test
    void routingHeadersThatNameTheSenderItselfOrComeFromAHubPass() {
        emsp.parties.save(Party.preRegistered("hub", "hub-token", PartyRole.of("HUB", "DE", "HUB")));

        assertThat(statusCode(withFrom(OTHER_TOKEN, "de", "oth"))).isEqualTo(1000);
        // a Hub forwards messages of the parties behind it ([[transport_and_format_message_routing]])
        assertThat(statusCode(withFrom("hub-token", "NL", "EMS"))).isEqualTo(1000);
    }

    // ---- helpers

    private OcpiHttpResponse withFrom(String token, String countryCode, String partyId) {
        return emsp.server.handle(request(token)
                .header("OCPI-from-country-code", countryCode)
                .header("OCPI-from-party-id", partyId)
                .build());
    }

    private static OcpiHttpRequest.Builder request(String token) {
        return OcpiHttpRequest.builder()
                .method("GET")
                .target("/ocpi/2.2.1")
                .header("Authorization", CredentialsTokens.header(token, false));
    }

    /** Everything stored on both sides. */
    private Map<String, ?> snapshot() {
        return Map.of(
                "locations", Map.copyOf(receiver.locations),
                "sessions", Map.copyOf(receiver.sessions),
                "cdrs", Map.copyOf(receiver.cdrs),
                "tariffs", Map.copyOf(receiver.tariffs),
                "tokens", Map.copyOf(cpoSide.tokens));
    }

    private static Session session() {
        return Fixtures.session("NL", "EMS", "S1");
    }

    private static CDR cdr() {
        return Fixtures.cdr("NL", "EMS", "CDR1");
    }

    private static Tariff tariff() {
        return Fixtures.tariff("NL", "EMS", "T1");
    }

    private static String write(Object model) {
        return OcpiJson.instance().writeString(model);
    }
}
