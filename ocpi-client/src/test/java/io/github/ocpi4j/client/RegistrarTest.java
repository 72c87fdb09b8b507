package io.github.ocpi4j.client;

import static io.github.ocpi4j.client.MockPartner.envelope;
import static io.github.ocpi4j.client.MockPartner.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.credentials.Credentials;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.model.v221.versions.InterfaceRole;
import io.github.ocpi4j.model.v221.versions.ModuleID;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The credentials exchange as the initiating party, {@code [[credentials_registration]]}. */
class RegistrarTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    private final MockPartner cpo = new MockPartner(server, "credentials/SENDER", "locations/SENDER");
    private final PartyStore store = new InMemoryPartyStore();
    private final OcpiClient client =
            OcpiClient.builder().retryPolicy(RetryPolicy.none()).build();
    private final Registrar registrar = Registrar.builder(client, store)
            .ourVersionsUrl("https://emsp.example.com/ocpi/versions")
            .ourRoles(List.of(CredentialsRole.builder()
                    .role(Role.EMSP)
                    .businessDetails(new BusinessDetails("Acme Mobility", null, null))
                    .partyId("ACM")
                    .countryCode("NL")
                    .build()))
            .requireEndpoint(ModuleID.LOCATIONS, InterfaceRole.SENDER)
            .build();

    /** The CPO's credentials: its token for this side, and its versions URL on the mock server. */
    private String credentials(String token) {
        return """
                {"token":"%s","url":"%s","roles":[{"role":"CPO",
                 "business_details":{"name":"The New Motion"},"party_id":"TNM","country_code":"NL"}]}""".formatted(token, cpo.versionsUrl());
    }

    private static String header(String token) {
        return "Token " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    private static Credentials body(RecordedRequest request) {
        return OcpiJson.instance()
                .read(request.getBody().toByteArray(), Credentials.class)
                .get();
    }

    @Test
    void registrationSendsTokenBWithTokenAAndKeepsTokenC() {
        AtomicReference<Party> duringPost = new AtomicReference<>();
        cpo.on("/2.2.1/credentials/SENDER", request -> {
            duringPost.set(store.findByIncomingToken(body(request).token()).orElse(null));
            return ok(credentials("token-C"));
        });

        Party party = registrar.register("cpo-tnm", cpo.versionsUrl(), "token-A");

        RecordedRequest post = cpo.calls().get(0);
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(post.getHeaders().get("Authorization")).isEqualTo(header("token-A"));
        Credentials sent = body(post);
        assertThat(sent.token()).hasSize(43).isNotEqualTo("token-A");
        assertThat(sent.url()).isEqualTo("https://emsp.example.com/ocpi/versions");
        assertThat(sent.roles()).extracting(CredentialsRole::role).containsExactly(Role.EMSP);
        assertThat(cpo.requests)
                .allSatisfy(r -> assertThat(r.getHeaders().get("Authorization")).isEqualTo(header("token-A")));
        assertThat(cpo.requests.stream()
                        .map(r -> r.getHeaders().get("X-Correlation-ID"))
                        .distinct())
                .hasSize(1);

        assertThat(duringPost.get()).isNotNull();
        assertThat(duringPost.get().status()).isEqualTo(Party.Status.PENDING);
        assertThat(party.status()).isEqualTo(Party.Status.REGISTERED);
        assertThat(party.incomingToken()).isEqualTo(sent.token());
        assertThat(party.outgoingToken()).isEqualTo("token-C");
        assertThat(party.version()).isEqualTo("2.2.1");
        assertThat(party.versionsUrl()).isEqualTo(cpo.versionsUrl());
        assertThat(party.roles()).containsExactly(PartyRole.of("CPO", "NL", "TNM"));
        assertThat(party.endpointUrl("locations", "SENDER")).isEqualTo(cpo.url("locations/SENDER"));
        assertThat(store.findByIncomingToken(sent.token())).contains(party);
        assertThat(store.findByRole(CiString.of("nl"), CiString.of("tnm"))).contains(party);
    }

    @Test
    void theRegisteredPartnerIsCalledWithTokenC() {
        cpo.on("/2.2.1/credentials/SENDER", request -> ok(credentials("token-C")));
        cpo.on("/2.2.1/locations/SENDER/LOC1", request -> ok(null));
        Party party = registrar.register("cpo-tnm", cpo.versionsUrl(), "token-A");

        client.partner(party).v221().locationsSender().location("LOC1");

        assertThat(cpo.calls().get(1).getHeaders().get("Authorization")).isEqualTo(header("token-C"));
    }

    @Test
    void noVersionInCommonStopsBeforeCredentialsAreSent() {
        cpo.on("/versions", request -> ok("[{\"version\":\"2.1.1\",\"url\":\"" + server.url("/2.1.1") + "\"}]"));

        assertThatThrownBy(() -> registrar.register("cpo-tnm", cpo.versionsUrl(), "token-A"))
                .isInstanceOfSatisfying(OcpiRegistrationException.class, e -> {
                    assertThat(e.step()).isEqualTo(OcpiRegistrationException.Step.CHOOSE_VERSION);
                    assertThat(e.getMessage()).contains("offers [2.1.1], ocpi4j speaks [2.3.0, 2.2.1]");
                });
        assertThat(cpo.calls()).isEmpty();
        assertThat(store.findAll()).isEmpty();
    }

    @Test
    void missingRequiredEndpointStopsBeforeCredentialsAreSent() {
        // [[credentials_required_endpoints_not_available]]: the Sender is expected NOT to send the POST
        MockPartner withoutLocations = new MockPartner(server, "credentials/SENDER");

        assertThatThrownBy(() -> registrar.register("cpo-tnm", withoutLocations.versionsUrl(), "token-A"))
                .isInstanceOfSatisfying(OcpiRegistrationException.class, e -> {
                    assertThat(e.step()).isEqualTo(OcpiRegistrationException.Step.CHECK_ENDPOINTS);
                    assertThat(e.getMessage()).contains("lacks the endpoints [locations SENDER]");
                });
        assertThat(withoutLocations.calls()).isEmpty();
        assertThat(store.findAll()).isEmpty();
    }

    @Test
    void unreachablePartnerFailsAtTheFirstStep() throws IOException {
        String gone = server.url("/versions").toString();
        server.close();

        assertThatThrownBy(() -> registrar.register("cpo-tnm", gone, "token-A"))
                .isInstanceOfSatisfying(OcpiRegistrationException.class, e -> {
                    assertThat(e.step()).isEqualTo(OcpiRegistrationException.Step.FETCH_VERSIONS);
                    assertThat(e.getCause()).isInstanceOf(OcpiTransportException.class);
                });
    }

    @Test
    void aTokenAUsedAgainIsRefusedWithAHintToAskThePartnerForANewOne() {
        // [[credentials_registration]]: once registered, the partner accepts the token it answered with, not token A
        cpo.on("/2.2.1/credentials/SENDER", request -> ok(credentials("token-C")));
        Party first = registrar.register("cpo-tnm", cpo.versionsUrl(), "token-A");
        cpo.on("/versions", request -> envelope(401, 2000, null));

        assertThatThrownBy(() -> registrar.register("cpo-tnm-again", cpo.versionsUrl(), "token-A"))
                .isInstanceOfSatisfying(OcpiRegistrationException.class, e -> {
                    assertThat(e.step()).isEqualTo(OcpiRegistrationException.Step.FETCH_VERSIONS);
                    assertThat(e.getCause())
                            .isInstanceOfSatisfying(
                                    OcpiHttpException.class,
                                    http -> assertThat(http.httpStatus()).isEqualTo(401));
                    assertThat(e)
                            .hasMessageStartingWith("FETCH_VERSIONS: the partner refuses token A, and a token A"
                                    + " serves one registration only: if it was used before, ask the partner for a"
                                    + " new one")
                            .hasMessageContaining("register with plainToken true")
                            .hasMessageContaining(": GET " + cpo.versionsUrl() + ": HTTP 401");
                });
        assertThat(store.findAll()).containsExactly(first);
    }

    @Test
    void otherFailuresOfTheFirstStepGiveNoHintAboutTokenA() {
        cpo.on("/versions", request -> envelope(403, 2000, null));

        assertThatThrownBy(() -> registrar.register("cpo-tnm", cpo.versionsUrl(), "token-A", true))
                .isInstanceOf(OcpiRegistrationException.class)
                .hasMessageStartingWith("FETCH_VERSIONS: could not fetch the partner's versions: GET "
                        + cpo.versionsUrl() + ": HTTP 403")
                .hasMessageNotContaining("token A");
    }

    @Test
    void refusedCredentialsLeaveNoPartyBehind() {
        cpo.on("/2.2.1/credentials/SENDER", request -> envelope(200, 3001, null));

        assertThatThrownBy(() -> registrar.register("cpo-tnm", cpo.versionsUrl(), "token-A"))
                .isInstanceOfSatisfying(OcpiRegistrationException.class, e -> {
                    assertThat(e.step()).isEqualTo(OcpiRegistrationException.Step.POST_CREDENTIALS);
                    assertThat(e.getMessage()).contains("OCPI status 3001");
                });
        assertThat(store.findAll()).isEmpty();
    }

    @Test
    void partyIdAlreadyInTheStoreIsRefused() {
        store.save(Party.pending("cpo-tnm", "x"));

        assertThatThrownBy(() -> registrar.register("cpo-tnm", cpo.versionsUrl(), "token-A"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void updateRotatesTheTokensBothWays() {
        // [[credentials_updating_the_credentials_and_resetting_the_token]]: new credentials by PUT
        cpo.on(
                "/2.2.1/credentials/SENDER",
                request ->
                        request.getMethod().equals("POST") ? ok(credentials("token-C")) : ok(credentials("token-C2")));
        Party party = registrar.register("cpo-tnm", cpo.versionsUrl(), "token-A");

        Party updated = registrar.update(party);

        RecordedRequest put = cpo.calls().get(1);
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getHeaders().get("Authorization")).isEqualTo(header("token-C"));
        String newTokenB = body(put).token();
        assertThat(newTokenB).isNotEqualTo(party.incomingToken());
        assertThat(updated.incomingToken()).isEqualTo(newTokenB);
        assertThat(updated.outgoingToken()).isEqualTo("token-C2");
        assertThat(store.findByIncomingToken(party.incomingToken())).isEmpty();
        assertThat(store.findByIncomingToken(newTokenB)).contains(updated);
    }

    @Test
    void failedUpdateKeepsThePreviousTokens() {
        cpo.on(
                "/2.2.1/credentials/SENDER",
                request -> request.getMethod().equals("POST") ? ok(credentials("token-C")) : envelope(200, 3000, null));
        Party party = registrar.register("cpo-tnm", cpo.versionsUrl(), "token-A");

        assertThatThrownBy(() -> registrar.update(party))
                .isInstanceOfSatisfying(
                        OcpiRegistrationException.class,
                        e -> assertThat(e.step()).isEqualTo(OcpiRegistrationException.Step.PUT_CREDENTIALS));
        assertThat(store.findById("cpo-tnm")).contains(party);
    }

    @Test
    void unregisterDeletesOnBothSides() {
        cpo.on(
                "/2.2.1/credentials/SENDER",
                request -> request.getMethod().equals("POST") ? ok(credentials("token-C")) : ok(null));
        Party party = registrar.register("cpo-tnm", cpo.versionsUrl(), "token-A");

        registrar.unregister(party);

        RecordedRequest delete = cpo.calls().get(1);
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getHeaders().get("Authorization")).isEqualTo(header("token-C"));
        assertThat(store.findAll()).isEmpty();
    }

    @Test
    void partnerThatNoLongerKnowsThisSideCountsAsUnregistered() {
        // [[credentials_delete_method]]: HTTP 405 if the client has not been registered before
        cpo.on(
                "/2.2.1/credentials/SENDER",
                request -> request.getMethod().equals("POST")
                        ? ok(credentials("token-C"))
                        : new MockResponse.Builder().code(405).build());
        Party party = registrar.register("cpo-tnm", cpo.versionsUrl(), "token-A");

        registrar.unregister(party);

        assertThat(store.findAll()).isEmpty();
    }

    @Test
    void failedUnregistrationKeepsTheParty() {
        cpo.on(
                "/2.2.1/credentials/SENDER",
                request -> request.getMethod().equals("POST") ? ok(credentials("token-C")) : envelope(500, 3000, null));
        Party party = registrar.register("cpo-tnm", cpo.versionsUrl(), "token-A");

        assertThatThrownBy(() -> registrar.unregister(party))
                .isInstanceOfSatisfying(
                        OcpiRegistrationException.class,
                        e -> assertThat(e.step()).isEqualTo(OcpiRegistrationException.Step.DELETE_CREDENTIALS));
        assertThat(store.findById("cpo-tnm")).contains(party);
    }

    @Test
    void credentialsTokensNeverAppearInTheLogs() throws IOException {
        cpo.on("/2.2.1/credentials/SENDER", request -> ok(credentials("secret-token-C-1f2e")));

        Party party = registrar.register("cpo-tnm", cpo.versionsUrl(), "secret-token-A-9a8b");

        String log = Files.readString(Path.of("target/client-trace.log"));
        assertThat(log).contains(cpo.calls().get(0).getHeaders().get("X-Request-ID")); // it logged the call
        assertThat(log).contains("\"token\":\"***\"");
        assertThat(log)
                .doesNotContain("secret-token-A-9a8b")
                .doesNotContain("secret-token-C-1f2e")
                .doesNotContain(party.incomingToken())
                .doesNotContain(
                        Base64.getEncoder().encodeToString("secret-token-A-9a8b".getBytes(StandardCharsets.UTF_8)));
    }
}
