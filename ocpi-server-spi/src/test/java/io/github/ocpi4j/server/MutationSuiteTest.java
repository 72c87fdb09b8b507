package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.ServerFixture.TOKEN;
import static io.github.ocpi4j.server.ServerFixture.example;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every endpoint that reads a body, of every version, sent bodies a hostile partner makes of a valid one ({@link
 * Mutations}, with a fixed seed): the server answers each with HTTP 400 or an OCPI status, never a server error (HTTP
 * 5xx or OCPI 3000), never naming a Java class or exception, and with a printable {@code status_message} of bounded
 * length. The valid bodies are the specification's examples of the version where it has them ({@code
 * [[status_codes_status_codes]]}).
 */
class MutationSuiteTest {
    private static final long SEED = 20_240_501L;
    private static final int PICKS = 3;
    private static final String HUB_TOKEN = "hub-token";
    private static final String RESPONSE_URL = "https://emsp.example.com/ocpi/2.2.1/sender/commands/START_SESSION/1";
    private static final String LOCATION = "/receiver/locations/NL/EMS/LOC1";
    private static final String PROFILE = "{\"charging_rate_unit\":\"W\",\"charging_profile_period\":"
            + "[{\"start_period\":0,\"limit\":11000},{\"start_period\":1800,\"limit\":7400.5}]}";
    private static final ObjectMapper PLAIN = new ObjectMapper();
    /** What an answer must never hold: the names of Java packages, classes and exceptions. */
    private static final List<String> JAVA =
            List.of("java.", "io.github.", "com.fasterxml", "Exception", "jackson", "`");

    /** A CPO and an eMSP of each version. */
    private final Map<String, VersionSides> sides = new HashMap<>();

    private final FakePartner partner = new FakePartner();

    MutationSuiteTest() {
        for (String version : VersionSides.VERSIONS) {
            VersionSides both = new VersionSides(version);
            both.emsp.parties.save(Party.preRegistered("hub", HUB_TOKEN, PartyRole.of("HUB", "DE", "HUB")));
            both.cpoSession(both.bodies.session("S1", "EMS"));
            both.emspToken(both.bodies.token("NL", "EMS", "TOKEN1", true));
            sides.put(version, both);
        }
    }

    /** The server of a side ({@code cpo}, or {@code emsp} and {@code hub}) of the version the target starts with. */
    private ServerFixture server(String side, String target) {
        VersionSides both = sides.get(target.substring(0, target.indexOf('/')));
        return side.equals("cpo") ? both.cpo : both.emsp;
    }

    @AfterEach
    void stop() {
        partner.close();
    }

    /** The endpoints that read a body, of each version: side, method, target, valid body; the eMSP's pushed by NL-EMS. */
    static Stream<Arguments> endpoints() {
        return VersionSides.VERSIONS.stream().flatMap(MutationSuiteTest::endpoints);
    }

    /** The endpoints of a version that read a body. */
    private static Stream<Arguments> endpoints(String v) {
        Bodies bodies = new Bodies(v);
        JsonNode location = Bodies.tree(bodies.location("NL", "EMS", "LOC1"));
        String ownToken = bodies.token("NL", "EMS", "TOKEN1", true);
        String locationPath = v + LOCATION;
        return Stream.of(
                // an eMSP's Receiver and Sender interfaces
                of("emsp", "PUT", locationPath, location.toString()),
                of(
                        "emsp",
                        "PUT",
                        locationPath + "/3256",
                        location.get("evses").get(0).toString()),
                of(
                        "emsp",
                        "PUT",
                        locationPath + "/3256/1",
                        location.get("evses").get(0).get("connectors").get(0).toString()),
                of("emsp", "PATCH", locationPath, bodies.example("location_patch_example_location.json")),
                of("emsp", "PATCH", locationPath + "/3256", bodies.example("location_patch_example_status.json")),
                of("emsp", "PATCH", locationPath + "/3256/1", bodies.example("location_patch_example_tariff.json")),
                of("emsp", "PUT", v + "/receiver/sessions/NL/EMS/S1", bodies.session("NL", "EMS", "S1")),
                of(
                        "emsp",
                        "PATCH",
                        v + "/receiver/sessions/NL/EMS/S1",
                        bodies.example("session_patch_example_charging_period.json")),
                of("emsp", "POST", v + "/receiver/cdrs", bodies.cdr("NL", "EMS", "CDR1")),
                of("emsp", "PUT", v + "/receiver/tariffs/NL/EMS/T1", bodies.tariff("NL", "EMS", "T1")),
                of(
                        "emsp",
                        "POST",
                        v + "/sender/tokens/TOKEN1/authorize",
                        "{\"location_id\":\"LOC1\",\"evse_uids\":[\"3256\"]}"),
                of(
                        "emsp",
                        "POST",
                        v + "/sender/commands/START_SESSION/1",
                        "{\"result\":\"ACCEPTED\",\"message\":[{\"language\":\"en\",\"text\":\"Started\"}]}"),
                of(
                        "emsp",
                        "POST",
                        v + "/sender/chargingprofiles/results/active/1",
                        "{\"result\":\"ACCEPTED\",\"profile\":{\"start_date_time\":\"2024-05-01T12:00:00Z\","
                                + "\"charging_profile\":" + PROFILE + "}}"),
                of("emsp", "POST", v + "/sender/chargingprofiles/results/set/1", "{\"result\":\"ACCEPTED\"}"),
                of("emsp", "POST", v + "/sender/chargingprofiles/results/clear/1", "{\"result\":\"ACCEPTED\"}"),
                of(
                        "emsp",
                        "PUT",
                        v + "/sender/chargingprofiles/S1",
                        "{\"start_date_time\":\"2024-05-01T12:00:00Z\",\"charging_profile\":" + PROFILE + "}"),
                of(
                        "hub",
                        "PUT",
                        v + "/receiver/hubclientinfo/NL/ALL",
                        "{\"party_id\":\"ALL\",\"country_code\":\"NL\",\"status\":\"PLANNED\",\"role\":\"CPO\","
                                + "\"last_updated\":\"2024-05-01T11:00:00Z\"}"),
                // a CPO's Receiver and Sender interfaces
                of("cpo", "PUT", v + "/receiver/tokens/NL/EMS/TOKEN1", ownToken),
                of("cpo", "PATCH", v + "/receiver/tokens/NL/EMS/TOKEN1", bodies.example("token_patch_example.json")),
                of(
                        "cpo",
                        "POST",
                        v + "/receiver/commands/START_SESSION",
                        "{\"response_url\":\"" + RESPONSE_URL + "\",\"token\":" + ownToken
                                + ",\"location_id\":\"LOC1\",\"evse_uid\":\"3256\",\"connector_id\":\"1\"}"),
                of(
                        "cpo",
                        "POST",
                        v + "/receiver/commands/STOP_SESSION",
                        "{\"response_url\":\"" + RESPONSE_URL + "\",\"session_id\":\"S1\"}"),
                of(
                        "cpo",
                        "POST",
                        v + "/receiver/commands/RESERVE_NOW",
                        "{\"response_url\":\"" + RESPONSE_URL + "\",\"token\":" + ownToken
                                + ",\"expiry_date\":\"2024-05-01T13:00:00Z\",\"reservation_id\":\"RES-1\","
                                + "\"location_id\":\"LOC1\",\"evse_uid\":\"3256\"}"),
                of(
                        "cpo",
                        "POST",
                        v + "/receiver/commands/CANCEL_RESERVATION",
                        "{\"response_url\":\"" + RESPONSE_URL + "\",\"reservation_id\":\"RES-1\"}"),
                of(
                        "cpo",
                        "POST",
                        v + "/receiver/commands/UNLOCK_CONNECTOR",
                        "{\"response_url\":\"" + RESPONSE_URL + "\",\"location_id\":\"LOC1\",\"evse_uid\":\"3256\","
                                + "\"connector_id\":\"1\"}"),
                of(
                        "cpo",
                        "PUT",
                        v + "/receiver/chargingprofiles/S1",
                        "{\"charging_profile\":" + PROFILE + ",\"response_url\":\"" + RESPONSE_URL + "\"}"),
                of(
                        "cpo",
                        "PUT",
                        v + "/sender/sessions/S1/charging_preferences",
                        "{\"profile_type\":\"FAST\",\"departure_time\":\"2019-06-23T18:00:00Z\",\"energy_need\":32.5}"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("endpoints")
    void mutatedBodiesAreAnsweredAsTheClientsFaultWithoutJavaNames(
            String side, String method, String target, String valid) {
        ServerFixture server = server(side, target);
        String token = side.equals("hub") ? HUB_TOKEN : TOKEN;
        // the valid body works, and stores the object that PATCHes and puts of its parts find
        for (Arguments push : endpoints().toList()) {
            Object[] a = push.get();
            if (a[1].equals("PUT") && target.startsWith((String) a[2]) && a[0].equals(side)) {
                server.call((String) a[1], (String) a[2], (String) a[3], token);
            }
        }
        assertThat(ServerFixture.statusCode(server.call(method, target, valid, token)))
                .as("the valid body")
                .isEqualTo(1000);

        List<String> broken = new ArrayList<>();
        for (Mutations.Mutant mutant : new Mutations(SEED + target.hashCode()).of(valid, PICKS)) {
            OcpiHttpResponse response = server.server.handle(OcpiHttpRequest.builder()
                    .method(method)
                    .target("/ocpi/" + target)
                    .header("Authorization", CredentialsTokens.header(token, false))
                    .body(mutant.body())
                    .build());
            for (String problem : problems(response)) {
                broken.add(mutant + ": " + problem);
            }
        }
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.2.1", "2.3.0"})
    void mutatedCredentialsAreAnsweredAsTheClientsFaultWithoutJavaNames(String v) {
        ServerFixture cpo = sides.get(v).cpo;
        String valid = example(v, "credentials_example.json")
                .replace("https://example.com/ocpi/versions", partner.versionsUrl())
                .replace("\"EXA\"", "\"NEW\"");
        List<String> broken = new ArrayList<>();
        int n = 0;
        for (Mutations.Mutant mutant : new Mutations(SEED).of(valid, PICKS)) {
            String tokenA = "token-a-" + n++;
            cpo.parties.save(Party.pending("newcomer-" + n, tokenA));
            OcpiHttpResponse response = cpo.server.handle(OcpiHttpRequest.builder()
                    .method("POST")
                    .target("/ocpi/" + v + "/credentials")
                    .header("Authorization", CredentialsTokens.header(tokenA, false))
                    .body(mutant.body())
                    .build());
            for (String problem : problems(response)) {
                broken.add(mutant + ": " + problem);
            }
            cpo.parties.delete("newcomer-" + n); // its roles are free again for the next one
        }
        assertThat(broken).isEmpty();
    }

    /** Paths and query parameters a hostile partner sends, to each version: side, method, target. */
    static Stream<Arguments> hostileTargets() {
        return VersionSides.VERSIONS.stream().flatMap(MutationSuiteTest::hostileTargets);
    }

    private static Stream<Arguments> hostileTargets(String v) {
        String longId = "L".repeat(10_000);
        return Stream.of(
                Arguments.of("cpo", "GET", v + "/sender/locations?limit=abc&offset=-1"),
                Arguments.of("cpo", "GET", v + "/sender/locations?limit=99999999999999999999"),
                Arguments.of("cpo", "GET", v + "/sender/locations?date_from=%3Cscript%3E&date_to=%00"),
                Arguments.of("cpo", "GET", v + "/sender/locations?%zz=%zz&limit=%"),
                Arguments.of("cpo", "GET", v + "/sender/locations/%00%1b%5B31m"),
                Arguments.of("cpo", "GET", v + "/sender/locations/" + longId),
                Arguments.of("cpo", "GET", v + "/sender/locations/%2e%2e/%2e"),
                Arguments.of("cpo", "GET", v + "/sender/locations/LOC1/%3Cb%3E/%FF%FE"),
                Arguments.of("cpo", "GET", v + "/receiver/tokens/NL/EMS/TOKEN1?type=%3Cscript%3E"),
                Arguments.of("cpo", "GET", v + "/receiver/chargingprofiles/S1?duration=-5&response_url=javascript:x"),
                Arguments.of("cpo", "GET", v + "/receiver/chargingprofiles/S1?duration=1e9&response_url=" + longId),
                Arguments.of("cpo", "DELETE", v + "/receiver/chargingprofiles/S1?response_url=ftp://x"),
                Arguments.of("emsp", "GET", v + "/receiver/locations/%00%00/EMS/LOC1"),
                Arguments.of("emsp", "GET", v + "/receiver/cdrs/NL/EMS/" + longId),
                Arguments.of("emsp", "DELETE", v + "/receiver/tariffs/NL/EMS/%0A"),
                Arguments.of("emsp", "TRACE", v + "/receiver/tariffs/NL/EMS/T1"),
                Arguments.of("emsp", "GET", v + "/sender/tokens?limit=0"),
                Arguments.of("emsp", "POST", v + "/sender/tokens/%3Cb%3E/authorize?type=NO_SUCH_TYPE"),
                Arguments.of("emsp", "POST", v + "/sender/commands/%00/" + longId));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("hostileTargets")
    void hostilePathsAndQueriesAreAnsweredAsTheClientsFaultWithoutJavaNames(String side, String method, String target) {
        OcpiHttpResponse response = server(side, target)
                .server
                .handle(OcpiHttpRequest.builder()
                        .method(method)
                        .target("/ocpi/" + target)
                        .header("Authorization", CredentialsTokens.header(TOKEN, false))
                        .build());

        assertThat(problems(response)).isEmpty();
    }

    /** What breaks the rules for answers to bad input, or nothing. */
    private static List<String> problems(OcpiHttpResponse response) {
        List<String> problems = new ArrayList<>();
        String text = response.bodyText();
        if (response.status() >= 500) {
            problems.add("HTTP " + response.status());
        }
        for (String name : JAVA) {
            if (text.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                problems.add("names Java (" + name + "): " + text.substring(0, Math.min(text.length(), 400)));
            }
        }
        JsonNode envelope;
        try {
            envelope = PLAIN.readTree(text);
        } catch (IOException e) {
            problems.add("no OCPI envelope");
            return problems;
        }
        int code = envelope.path("status_code").asInt();
        if (code == 3000 || code < 1000) {
            problems.add("status_code " + code + ": "
                    + envelope.path("status_message").asText());
        }
        String message = envelope.path("status_message").asText("");
        if (message.length() > 1000 || message.chars().anyMatch(Character::isISOControl)) {
            problems.add("status_message unbounded or not printable (" + message.length() + " characters)");
        }
        if (envelope.path("data").isArray() && envelope.path("data").size() > 51) {
            problems.add(envelope.path("data").size() + " violations listed");
        }
        return problems;
    }

    private static Arguments of(String side, String method, String target, String body) {
        return Arguments.of(side, method, target, body);
    }
}
