package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.HostileRegistrationTest.credentials;
import static io.github.ocpi4j.server.ServerFixture.TOKEN_A;
import static io.github.ocpi4j.server.ServerFixture.json;
import static io.github.ocpi4j.server.ServerFixture.statusCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.OcpiJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One {@link OcpiServer} of a CPO offering OCPI 2.2.1 and 2.3.0 under one base URL, with one party store: partners
 * register through the handshake at the credentials endpoint of the version they speak ({@code
 * [[credentials_post_method]]}), each then reaches the modules of that version only, sees only its URLs, and moves to
 * the other version with a credentials PUT there ({@code [[credentials_updating_to_a_newer_version]]}).
 */
class TwoVersionsServerTest {
    private static final String BASE = "https://cpo.example.com/ocpi/";
    private static final String TOKEN_2 = "token-a-2";

    private final InMemoryCpo cpo221 = new InMemoryCpo();
    private final InMemoryCpo230 cpo230 = new InMemoryCpo230();
    private final ServerFixture fixture =
            new ServerFixture("2.2.1", b -> b.v221(cpo221::register).v230(cpo230::register));
    private final Bodies bodies221 = new Bodies("2.2.1");
    private final Bodies bodies230 = new Bodies("2.3.0");
    private final FakePartner only221 = new FakePartner("2.2.1");
    private final FakePartner both = new FakePartner("2.2.1", "2.3.0");

    TwoVersionsServerTest() {
        fixture.parties.save(Party.pending("second", TOKEN_2));
        // sessions of NL-AAA's and NL-BBB's tokens, kept by the host in each version
        cpo221.sessions.add(
                read(bodies221.session("S-AAA-1", "AAA"), io.github.ocpi4j.model.v221.sessions.Session.class));
        cpo221.sessions.add(
                read(bodies221.session("S-AAA-2", "AAA"), io.github.ocpi4j.model.v221.sessions.Session.class));
        cpo221.sessions.add(
                read(bodies221.session("S-BBB-1", "BBB"), io.github.ocpi4j.model.v221.sessions.Session.class));
        cpo230.sessions.add(
                read(bodies230.session("S-AAA-3", "AAA"), io.github.ocpi4j.model.v230.sessions.Session.class));
        cpo230.sessions.add(
                read(bodies230.session("S-BBB-3", "BBB"), io.github.ocpi4j.model.v230.sessions.Session.class));
    }

    @AfterEach
    void stop() {
        only221.close();
        both.close();
    }

    @Test
    void versionsListBothVersionsEachWithItsOwnDetailsAndRoutes() {
        assertThat(ServerFixture.data(fixture.call("GET", "versions", null)))
                .isEqualTo("[{\"version\":\"2.2.1\",\"url\":\"" + BASE + "2.2.1\"},"
                        + "{\"version\":\"2.3.0\",\"url\":\"" + BASE + "2.3.0\"}]");
        for (String version : List.of("2.2.1", "2.3.0")) {
            JsonNode details = json(fixture.call("GET", version, null)).get("data");
            assertThat(details.get("version").asText()).isEqualTo(version);
            assertThat(details.get("endpoints")).hasSize(9);
            details.get("endpoints")
                    .forEach(e -> assertThat(e.get("url").asText()).startsWith(BASE + version + "/"));
        }
    }

    @Test
    void partnersRegisteredOnEachVersionReadTheirOwnObjectsInTheirVersionOnly() {
        String tokenA = register(TOKEN_A, "2.2.1", only221, "NL AAA");
        String tokenB = register(TOKEN_2, "2.3.0", both, "NL BBB");

        assertThat(fixture.parties.findById("newcomer").orElseThrow().version()).isEqualTo("2.2.1");
        assertThat(fixture.parties.findById("second").orElseThrow().version()).isEqualTo("2.3.0");
        // each handshake read the partner's endpoints of the version whose credentials endpoint was called
        assertThat(only221.paths).containsExactly("/versions", "/2.2.1");
        assertThat(both.paths).containsExactly("/versions", "/2.3.0");

        assertThat(sessionIds("2.2.1", tokenA)).containsExactly("S-AAA-1", "S-AAA-2");
        assertThat(sessionIds("2.3.0", tokenB)).containsExactly("S-BBB-3");
        assertRefusedAsOfTheOtherVersion(fixture.call("GET", "2.3.0/sender/sessions", null, tokenA), "2.2.1");
        assertRefusedAsOfTheOtherVersion(fixture.call("GET", "2.2.1/sender/sessions", null, tokenB), "2.3.0");
    }

    @Test
    void partnerOfOnly221NeverSeesA230Url() {
        List<OcpiHttpResponse> answers = new ArrayList<>();
        OcpiHttpResponse refused =
                fixture.call("POST", "2.3.0/credentials", body("token-b", only221, "NL AAA"), TOKEN_A);
        assertThat(statusCode(refused)).isEqualTo(3002);
        assertThat(fixture.parties.findById("newcomer").orElseThrow().status()).isEqualTo(Party.Status.PENDING);

        OcpiHttpResponse registered =
                fixture.call("POST", "2.2.1/credentials", body("token-b", only221, "NL AAA"), TOKEN_A);
        answers.add(registered);
        String token = json(registered).get("data").get("token").asText();
        answers.add(fixture.call("GET", "2.2.1", null, token));
        answers.add(fixture.call("GET", "2.2.1/credentials", null, token));
        OcpiHttpResponse page = fixture.call("GET", "2.2.1/sender/sessions?limit=1", null, token);
        answers.add(page);

        assertThat(page.header("Link")).startsWith("<" + BASE + "2.2.1/sender/sessions?offset=1");
        for (OcpiHttpResponse answer : answers) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.bodyText() + answer.headers()).doesNotContain("2.3.0");
        }
    }

    @Test
    void partnerMovesFrom221To230WithACredentialsPutAtThe230Endpoint() {
        String old = register(TOKEN_A, "2.2.1", both, "NL AAA");
        both.paths.clear();

        OcpiHttpResponse moved = fixture.call("PUT", "2.3.0/credentials", body("token-c", both, "NL AAA"), old);

        assertThat(moved.status()).isEqualTo(200);
        assertThat(statusCode(moved)).isEqualTo(1000);
        assertThat(both.paths).containsExactly("/versions", "/2.3.0");
        Party party = fixture.parties.findById("newcomer").orElseThrow();
        assertThat(party.version()).isEqualTo("2.3.0");
        assertThat(party.outgoingToken()).isEqualTo("token-c");
        String token = json(moved).get("data").get("token").asText();
        assertThat(sessionIds("2.3.0", token)).containsExactly("S-AAA-3");
        assertRefusedAsOfTheOtherVersion(fixture.call("GET", "2.2.1/sender/sessions", null, token), "2.3.0");
        // and back again, through the 2.2.1 credentials endpoint that stayed open to it
        OcpiHttpResponse back = fixture.call("PUT", "2.2.1/credentials", body("token-d", both, "NL AAA"), token);
        assertThat(statusCode(back)).isEqualTo(1000);
        assertThat(fixture.parties.findById("newcomer").orElseThrow().version()).isEqualTo("2.2.1");
    }

    @Test
    void partyRegisteredOn221IsToldWhereToMoveWhenItCallsA230Module() {
        String token = register(TOKEN_A, "2.2.1", only221, "NL AAA");

        OcpiHttpResponse response = fixture.call("GET", "2.3.0/sender/sessions", null, token);

        assertRefusedAsOfTheOtherVersion(response, "2.2.1");
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("you are registered with OCPI 2.2.1 and this endpoint is of OCPI 2.3.0; a PUT of your"
                        + " credentials to " + BASE + "2.3.0/credentials moves you");
    }

    @Test
    void partyAdmittedWithoutAVersionUsesBoth() {
        fixture.parties.save(Party.preRegistered("free", "free-token", PartyRole.of("EMSP", "NL", "AAA")));

        assertThat(sessionIds("2.2.1", "free-token")).containsExactly("S-AAA-1", "S-AAA-2");
        assertThat(sessionIds("2.3.0", "free-token")).containsExactly("S-AAA-3");
    }

    /** Registers a newcomer with token A at a version's credentials endpoint; returns the token the server issued. */
    private String register(String tokenA, String version, FakePartner partner, String role) {
        OcpiHttpResponse response =
                fixture.call("POST", version + "/credentials", body("token-b-" + version, partner, role), tokenA);
        assertThat(statusCode(response)).as("%s", response.bodyText()).isEqualTo(1000);
        JsonNode data = json(response).get("data");
        assertThat(data.get("url").asText()).isEqualTo(BASE + "versions");
        return data.get("token").asText();
    }

    private static String body(String token, FakePartner partner, String role) {
        return credentials(token, partner.versionsUrl(), role);
    }

    private List<String> sessionIds(String version, String token) {
        OcpiHttpResponse response = fixture.call("GET", version + "/sender/sessions", null, token);
        assertThat(statusCode(response)).as("%s", response.bodyText()).isEqualTo(1000);
        List<String> ids = new ArrayList<>();
        json(response).get("data").forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    private static void assertRefusedAsOfTheOtherVersion(OcpiHttpResponse response, String registered) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(statusCode(response)).isEqualTo(2000);
        assertThat(json(response).get("status_message").asText())
                .startsWith("you are registered with OCPI " + registered);
    }

    private static <T> T read(String json, Class<T> type) {
        return OcpiJson.instance().read(json, type).get();
    }
}
