package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.ServerFixture.OTHER_TOKEN;
import static io.github.ocpi4j.server.ServerFixture.TOKEN;
import static io.github.ocpi4j.server.ServerFixture.TOKEN_A;
import static io.github.ocpi4j.server.ServerFixture.json;
import static io.github.ocpi4j.server.ServerFixture.statusCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.CiString;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A hostile partner against the credentials module ({@code [[credentials_credentials_endpoint]]}): registering or
 * updating under roles that are another party's, racing registrations, and versions URLs the server cannot or must
 * not call. A country code and party id identify one party ({@code [[credentials_credentials_role_class]]}); whoever
 * holds them reads and writes that party's objects.
 */
class HostileRegistrationTest {
    private final InMemoryCpo cpo = new InMemoryCpo();
    private final ServerFixture fixture = new ServerFixture(cpo::register);
    private final FakePartner partner = new FakePartner();

    @AfterEach
    void stop() {
        partner.close();
    }

    // ---- taking another party's role

    @Test
    void newcomerClaimingTheRoleOfARegisteredPartyIsRefusedAndNeverCalledBack() {
        cpo.sessions.add(Fixtures.session("S1", "EMS"));

        OcpiHttpResponse response = post(TOKEN_A, credentials("token-b", partner.versionsUrl(), "NL EMS"));

        assertRefused(response, "roles[0]: NL EMS is registered by another party");
        assertThat(partner.requests).hasValue(0);
        assertThat(fixture.parties.findById("newcomer").orElseThrow()).isEqualTo(Party.pending("newcomer", TOKEN_A));
        assertThat(fixture.call("GET", "2.2.1/sender/sessions", null, TOKEN_A).status())
                .isEqualTo(401);
        assertThat(fixture.parties
                        .findByRole(CiString.of("NL"), CiString.of("EMS"))
                        .orElseThrow()
                        .id())
                .isEqualTo("emsp");
    }

    @Test
    void roleIsTakenWhateverTheCaseOfItsCountryCodeAndPartyId() {
        OcpiHttpResponse response = post(TOKEN_A, credentials("token-b", partner.versionsUrl(), "nl eMs"));

        assertRefused(response, "roles[0]: nl eMs is registered by another party");
    }

    @Test
    void newcomerClaimingThisPlatformsOwnRoleIsRefused() {
        OcpiHttpResponse response = post(TOKEN_A, credentials("token-b", partner.versionsUrl(), "NL CPO"));

        assertRefused(response, "roles[0]: NL CPO is a role of this platform itself");
        assertThat(partner.requests).hasValue(0);
    }

    @Test
    void newcomerClaimingARoleOfAPartyAdmittedWithoutTheHandshakeIsRefused() {
        fixture.parties.save(Party.preRegistered("hub", "hub-token", PartyRole.of("HUB", "DE", "HUB")));

        OcpiHttpResponse response = post(TOKEN_A, credentials("token-b", partner.versionsUrl(), "DE HUB"));

        assertRefused(response, "roles[0]: DE HUB is registered by another party");
    }

    @Test
    void registeredPartyCannotAddAnotherPartysRoleThroughPut() {
        Party before = fixture.parties.findById("emsp").orElseThrow();
        String both = credentials("token-b", partner.versionsUrl(), "NL EMS", "DE OTH");

        OcpiHttpResponse response = fixture.call("PUT", "2.2.1/credentials", both, TOKEN);

        assertRefused(response, "roles[1]: DE OTH is registered by another party");
        assertThat(fixture.parties.findById("emsp")).contains(before);
        assertThat(fixture.call("GET", "2.2.1/sender/sessions", null, TOKEN).status())
                .isEqualTo(200);
    }

    @Test
    void registeredPartyUpdatesUnderItsOwnRoles() {
        OcpiHttpResponse response =
                fixture.call("PUT", "2.2.1/credentials", credentials("token-b", partner.versionsUrl(), "NL EMS"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(1000);
        assertThat(fixture.parties.findById("emsp").orElseThrow().roles())
                .containsExactly(PartyRole.of("EMSP", "NL", "EMS"));
    }

    @Test
    void newcomerWithARoleOfItsOwnRegisters() {
        OcpiHttpResponse response = post(TOKEN_A, credentials("token-b", partner.versionsUrl(), "NL NEW"));

        assertThat(statusCode(response)).isEqualTo(1000);
        assertThat(fixture.parties.findById("newcomer").orElseThrow().status()).isEqualTo(Party.Status.REGISTERED);
    }

    // ---- registrations side by side

    @Test
    void twoNewcomersClaimingTheSameRoleAtOnceOneOfThemRegisters() throws Exception {
        fixture.parties.save(Party.pending("second", "token-a2"));
        try (FakePartner slow = new FakePartner(2)) {
            String claim = credentials("token-b", slow.versionsUrl(), "NL NEW");

            List<OcpiHttpResponse> answers = together(() -> post(TOKEN_A, claim), () -> post("token-a2", claim));

            assertThat(answers).extracting(ServerFixture::statusCode).containsExactlyInAnyOrder(1000, 2001);
            assertThat(fixture.parties.findAll().stream().filter(p -> p.hasRole(CiString.of("NL"), CiString.of("NEW"))))
                    .hasSize(1);
        }
    }

    @Test
    void secondPostWithTheSameTokenAWhileTheFirstRunsIsNotAllowed() throws Exception {
        try (FakePartner slow = new FakePartner(2)) {
            String claim = credentials("token-b", slow.versionsUrl(), "NL NEW");

            List<OcpiHttpResponse> answers = together(() -> post(TOKEN_A, claim), () -> post(TOKEN_A, claim));

            // [[credentials_post_method]]: a party registered already gets 405; its one token C stays valid
            assertThat(answers).extracting(OcpiHttpResponse::status).containsExactlyInAnyOrder(200, 405);
            OcpiHttpResponse won = answers.get(0).status() == 200 ? answers.get(0) : answers.get(1);
            String tokenC = json(won).get("data").get("token").asText();
            assertThat(fixture.parties.findById("newcomer").orElseThrow().incomingToken())
                    .isEqualTo(tokenC);
        }
    }

    // ---- versions URLs the server cannot or must not call

    @Test
    void versionsUrlThatIsNotHttpIs2001NamingTheField() {
        OcpiHttpResponse response = post(TOKEN_A, credentials("token-b", "ftp://files.example.com/versions", "NL NEW"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("url: URL: must be an http or https URL to call back");
        assertThat(json(response).get("data").toString())
                .isEqualTo("[{\"path\":\"url\",\"rule\":\"URL: must be an http or https URL to call back\"}]");
    }

    @Test
    void partnerThatCannotBeReachedIs3001NamingNoJavaClass() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/versions";

        OcpiHttpResponse response = post(TOKEN_A, credentials("token-b", url, "NL NEW"));

        assertThat(statusCode(response)).isEqualTo(3001);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("could not fetch your versions and endpoints: GET " + url + ": connection refused");
        assertThat(response.bodyText()).doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void partnerWhoseVersionsNameAUrlThatIsNotHttpIs3001() {
        partner.detailsAt("ftp://files.example.com/2.2.1");

        OcpiHttpResponse response = post(TOKEN_A, credentials("token-b", partner.versionsUrl(), "NL NEW"));

        assertThat(statusCode(response)).isEqualTo(3001);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("could not fetch your versions and endpoints:"
                        + " your versions or endpoints name a URL that is not http(s)");
    }

    // ---- helpers

    private OcpiHttpResponse post(String token, String body) {
        return fixture.call("POST", "2.2.1/credentials", body, token);
    }

    /** Credentials of an eMSP with roles given as {@code "NL EMS"}. */
    static String credentials(String token, String url, String... roles) {
        StringBuilder list = new StringBuilder();
        for (String role : roles) {
            String[] ids = role.split(" ");
            list.append(list.length() == 0 ? "" : ",")
                    .append("{\"role\":\"EMSP\",\"party_id\":\"")
                    .append(ids[1])
                    .append("\",\"country_code\":\"")
                    .append(ids[0])
                    .append("\",\"business_details\":{\"name\":\"Anyone\"}}");
        }
        return "{\"token\":\"" + token + "\",\"url\":\"" + url + "\",\"roles\":[" + list + "]}";
    }

    private static void assertRefused(OcpiHttpResponse response, String message) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(json(response).get("status_message").asText()).startsWith(message);
        assertThat(response.bodyText())
                .doesNotContain("emsp")
                .doesNotContain(TOKEN)
                .doesNotContain(OTHER_TOKEN);
    }

    /** Runs two calls on two threads at once and returns their answers. */
    private static List<OcpiHttpResponse> together(Supplier<OcpiHttpResponse> one, Supplier<OcpiHttpResponse> two)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<OcpiHttpResponse> first = CompletableFuture.supplyAsync(one, threads);
            CompletableFuture<OcpiHttpResponse> second = CompletableFuture.supplyAsync(two, threads);
            return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
    }
}
