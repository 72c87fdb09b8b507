package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.TwoPlatforms.CPO_ID;
import static io.github.ocpi4j.server.TwoPlatforms.EMSP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.OcpiRegistrationException;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyEndpoint;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.Registrar;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.credentials.Credentials;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.versions.InterfaceRole;
import io.github.ocpi4j.model.v221.versions.ModuleID;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The registration handshake of {@code [[credentials_registration]]} end to end over loopback: an eMSP registers with
 * a CPO through the {@link Registrar}, each an {@link OcpiServer} on the JDK's HTTP server with its own party store;
 * then the tokens both ways, their rotation, unregistration, and the CPO's answers to registrations that cannot
 * succeed.
 */
class RegistrationEndToEndTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final TwoPlatforms platforms = new TwoPlatforms();
    private final OkHttpClient http = new OkHttpClient();
    private @Nullable TwoPlatforms other;

    @AfterEach
    void stop() {
        platforms.close();
        if (other != null) {
            other.close();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    // ---- the handshake

    @Test
    void registrationLeavesEachStoreWithTheOtherSideRegisteredWithItsRolesAndEndpoints() {
        Party cpo = platforms.register();

        assertThat(cpo).isEqualTo(platforms.cpoParty());
        assertThat(cpo.status()).isEqualTo(Party.Status.REGISTERED);
        assertThat(cpo.version()).isEqualTo("2.2.1");
        assertThat(cpo.versionsUrl()).isEqualTo(platforms.cpoServer().versionsUrl());
        assertThat(cpo.roles()).containsExactly(PartyRole.of("CPO", "NL", "CPO"));
        assertThat(describe(cpo.endpoints()))
                .containsExactly(
                        "credentials SENDER " + cpoUrl("credentials"),
                        "locations SENDER " + cpoUrl("sender/locations"),
                        "sessions SENDER " + cpoUrl("sender/sessions"),
                        "cdrs SENDER " + cpoUrl("sender/cdrs"),
                        "tariffs SENDER " + cpoUrl("sender/tariffs"),
                        "tokens RECEIVER " + cpoUrl("receiver/tokens"),
                        "commands RECEIVER " + cpoUrl("receiver/commands"),
                        "chargingprofiles RECEIVER " + cpoUrl("receiver/chargingprofiles"),
                        "hubclientinfo SENDER " + cpoUrl("sender/hubclientinfo"));

        Party emsp = platforms.emspParty();
        assertThat(emsp.status()).isEqualTo(Party.Status.REGISTERED);
        assertThat(emsp.version()).isEqualTo("2.2.1");
        assertThat(emsp.versionsUrl()).isEqualTo(platforms.emspServer().versionsUrl());
        assertThat(emsp.roles()).containsExactly(PartyRole.of("EMSP", "NL", "EMS"));
        assertThat(describe(emsp.endpoints()))
                .containsExactly(
                        "credentials SENDER " + emspUrl("credentials"),
                        "locations RECEIVER " + emspUrl("receiver/locations"),
                        "sessions RECEIVER " + emspUrl("receiver/sessions"),
                        "cdrs RECEIVER " + emspUrl("receiver/cdrs"),
                        "tariffs RECEIVER " + emspUrl("receiver/tariffs"),
                        "tokens SENDER " + emspUrl("sender/tokens"),
                        "commands SENDER " + emspUrl("sender/commands"),
                        "chargingprofiles SENDER " + emspUrl("sender/chargingprofiles"),
                        "hubclientinfo RECEIVER " + emspUrl("receiver/hubclientinfo"));

        // token B goes from the eMSP to the CPO, token C from the CPO to the eMSP; token A is neither
        assertThat(emsp.outgoingToken()).isEqualTo(cpo.incomingToken());
        assertThat(cpo.outgoingToken()).isEqualTo(emsp.incomingToken());
        assertThat(List.of(cpo.incomingToken(), cpo.outgoingToken()))
                .doesNotContain(platforms.tokenA)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    @Test
    void tokenAIsRetiredOnceRegistered() throws IOException {
        assertThat(raw("GET", platforms.cpoServer().versionsUrl(), platforms.tokenA, null)
                        .status())
                .isEqualTo(200);

        platforms.register();

        Raw versions = raw("GET", platforms.cpoServer().versionsUrl(), platforms.tokenA, null);
        assertThat(versions.status()).isEqualTo(401);
        assertThat(versions.json().get("status_code").asInt()).isEqualTo(2000);
        assertThat(versions.json().get("status_message").asText())
                .isEqualTo(
                        "unknown credentials token: a token A serves one registration only, and the credentials that registration answered hold the token to use from then on; use that one, or ask this platform for a new token A");
        assertThat(raw("GET", cpoUrl("credentials"), platforms.tokenA, null).status())
                .isEqualTo(401);
    }

    @Test
    void tokenAOpensNoModuleBeforeRegistration() throws IOException {
        Raw locations = raw("GET", cpoUrl("sender/locations"), platforms.tokenA, null);

        assertThat(locations.status()).isEqualTo(401);
        assertThat(locations.json().get("status_message").asText()).startsWith("registration is not finished");
    }

    @Test
    void tokenCOpensTheCposModulesToTheEmsp() {
        Location location = Fixtures.location("NL", "CPO", "LOC1");
        platforms.cpo.locations.add(location);
        platforms.register();

        assertThat(platforms.cpoForEmsp().v221().locationsSender().location("LOC1"))
                .contains(location);
        Token token = Fixtures.token("NL", "EMS", "TOKEN1", true);
        platforms.cpoForEmsp().v221().tokensReceiver().put(token);
        assertThat(platforms.cpo.tokens.values()).containsExactly(token);
    }

    @Test
    void theCpoCallsTheEmspWithTokenB() {
        Token token = Fixtures.token("NL", "EMS", "TOKEN1", true);
        platforms.emsp.tokens.add(token);
        platforms.register();

        assertThat(platforms
                        .emspForCpo()
                        .v221()
                        .tokensSender()
                        .page(ListQuery.all())
                        .items())
                .containsExactly(token);
        Location location = Fixtures.location("NL", "CPO", "LOC1");
        platforms.emspForCpo().v221().locationsReceiver().put(location);
        assertThat(platforms.emsp.locations).containsOnlyKeys("NL/CPO/LOC1");
    }

    @Test
    void getCredentialsAnswersTheServersCredentialsWithThePartysCurrentToken() throws IOException {
        Raw pending = raw("GET", cpoUrl("credentials"), platforms.tokenA, null);
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.json().get("data")).isEqualTo(cpoCredentials(platforms.tokenA));

        Party cpo = platforms.register();
        assertThat(platforms.registrar.credentials(cpo))
                .isEqualTo(new Credentials(
                        cpo.outgoingToken(), platforms.cpoServer().versionsUrl(), List.of(TwoPlatforms.cpoRole())));

        Party updated = platforms.registrar.update(cpo);
        Raw current = raw("GET", cpoUrl("credentials"), updated.outgoingToken(), null);
        assertThat(current.json().get("data")).isEqualTo(cpoCredentials(updated.outgoingToken()));
    }

    @Test
    void updateRotatesTheTokensOnBothSides() {
        Party before = platforms.register();
        Party emspBefore = platforms.emspParty();

        Party after = platforms.registrar.update(before);

        assertThat(after).isEqualTo(platforms.cpoParty());
        assertThat(after.status()).isEqualTo(Party.Status.REGISTERED);
        assertThat(platforms.emspParty().status()).isEqualTo(Party.Status.REGISTERED);
        assertThat(after.outgoingToken()).isNotEqualTo(before.outgoingToken());
        assertThat(after.incomingToken()).isNotEqualTo(before.incomingToken());
        assertThat(platforms.emspParty().incomingToken()).isEqualTo(after.outgoingToken());
        assertThat(platforms.emspParty().outgoingToken()).isEqualTo(after.incomingToken());

        // the old token C fails at the CPO, the old token B at the eMSP
        OcpiHttpException oldC = catchThrowableOfType(
                OcpiHttpException.class,
                () -> platforms
                        .emspClient
                        .partner(before)
                        .v221()
                        .tariffsSender()
                        .page(ListQuery.all()));
        assertThat(oldC.httpStatus()).isEqualTo(401);
        OcpiHttpException oldB = catchThrowableOfType(
                OcpiHttpException.class,
                () -> platforms
                        .cpoClient
                        .partner(emspBefore)
                        .v221()
                        .tokensSender()
                        .page(ListQuery.all()));
        assertThat(oldB.httpStatus()).isEqualTo(401);

        // the new ones work
        assertThat(platforms
                        .cpoForEmsp()
                        .v221()
                        .tariffsSender()
                        .page(ListQuery.all())
                        .items())
                .isEmpty();
        assertThat(platforms
                        .emspForCpo()
                        .v221()
                        .tokensSender()
                        .page(ListQuery.all())
                        .items())
                .isEmpty();
    }

    @Test
    void unregisterMakesTheCpoForgetTheEmsp() throws IOException {
        Party cpo = platforms.register();
        Party emsp = platforms.emspParty();

        platforms.registrar.unregister(cpo);

        assertThat(platforms.cpoParties.findById(EMSP_ID)).isEmpty();
        assertThat(platforms.emspParties.findById(CPO_ID)).isEmpty();
        OcpiHttpException withC = catchThrowableOfType(
                OcpiHttpException.class,
                () -> platforms.emspClient.partner(cpo).v221().locationsSender().page(ListQuery.all()));
        assertThat(withC.httpStatus()).isEqualTo(401);
        assertThat(raw("GET", platforms.cpoServer().versionsUrl(), cpo.outgoingToken(), null)
                        .status())
                .isEqualTo(401);
        assertThat(raw("GET", platforms.emspServer().versionsUrl(), emsp.outgoingToken(), null)
                        .status())
                .isEqualTo(401);
    }

    // ---- the server's answers to registrations that cannot succeed

    @Test
    void registrationFromAPartyWhoseVersionsAreUnreachableIs3001AndLeavesTheTokenAOpen() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Registrar unreachable = platforms.registrar("http://127.0.0.1:" + closed + "/ocpi/versions");

        OcpiStatusException refused = refusal(platforms, unreachable);

        assertThat(refused.statusCode().code()).isEqualTo(3001);
        assertThat(refused.statusMessage()).startsWith("could not fetch your versions and endpoints: ");
        assertThat(platforms.emspParty().status()).isEqualTo(Party.Status.PENDING);
        assertThat(platforms.emspParty().incomingToken()).isEqualTo(platforms.tokenA);
        assertThat(platforms.emspParties.findAll()).isEmpty();

        // token A still registers once the eMSP can be reached
        assertThat(platforms.register().status()).isEqualTo(Party.Status.REGISTERED);
    }

    @Test
    void registrationFromAPartyThatOffersOnly211Is3002() throws Exception {
        try (MockWebServer old = new MockWebServer()) {
            old.start(InetAddress.getLoopbackAddress(), 0);
            old.enqueue(new MockResponse.Builder()
                    .addHeader("Content-Type", "application/json")
                    .body("{\"data\":[{\"version\":\"2.1.1\",\"url\":\"" + old.url("/ocpi/2.1.1")
                            + "\"}],\"status_code\":1000,\"timestamp\":\"2024-05-01T12:00:00Z\"}")
                    .build());

            OcpiStatusException refused = refusal(
                    platforms, platforms.registrar(old.url("/ocpi/versions").toString()));

            assertThat(refused.statusCode().code()).isEqualTo(3002);
            RecordedRequest asked = old.takeRequest(5, TimeUnit.SECONDS);
            assertThat(asked.getUrl().encodedPath()).isEqualTo("/ocpi/versions");
            String tokenB = CredentialsTokens.credential(asked.getHeaders().get("Authorization"))
                    .flatMap(CredentialsTokens::decode)
                    .orElseThrow();
            assertThat(tokenB).isNotEqualTo(platforms.tokenA);
            assertThat(old.getRequestCount()).isEqualTo(1);
        }
        assertThat(platforms.emspParty().status()).isEqualTo(Party.Status.PENDING);
    }

    @Test
    void registrationFromAPartyThatLacksAnEndpointTheServerRequiresIs3003() {
        other = new TwoPlatforms(b -> b.requireEndpoint(ModuleID.HUB_CLIENT_INFO, InterfaceRole.SENDER));

        OcpiStatusException refused = refusal(other, other.registrar);

        assertThat(refused.statusCode().code()).isEqualTo(3003);
        assertThat(refused.statusMessage()).isEqualTo("expected endpoints missing: [hubclientinfo SENDER]");
        assertThat(other.emspParty().status()).isEqualTo(Party.Status.PENDING);
        assertThat(other.emspParties.findAll()).isEmpty();
    }

    @Test
    void secondPostAfterRegistrationIsNotAllowed() throws IOException {
        Party cpo = platforms.register();
        Party emsp = platforms.emspParty();

        Raw again = raw("POST", cpoUrl("credentials"), cpo.outgoingToken(), emspCredentials("another-token-b"));

        assertThat(again.status()).isEqualTo(405);
        assertThat(again.json().get("status_message").asText()).isEqualTo("already registered: use PUT to update");
        assertThat(platforms.emspParty()).isEqualTo(emsp);
    }

    @Test
    void putOrDeleteBeforeRegistrationIsNotAllowed() throws IOException {
        Raw put = raw("PUT", cpoUrl("credentials"), platforms.tokenA, emspCredentials("a-token-b"));
        Raw delete = raw("DELETE", cpoUrl("credentials"), platforms.tokenA, null);

        assertThat(put.status()).isEqualTo(405);
        assertThat(put.json().get("status_message").asText()).isEqualTo("not registered: use POST to register");
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.json().get("status_message").asText())
                .isEqualTo("not registered: there is nothing to unregister");
        assertThat(platforms.emspParty()).isEqualTo(Party.pending(EMSP_ID, platforms.tokenA));
    }

    // ---- helpers

    /** Registers with the registrar, which fails as the CPO answers its POST; returns the CPO's answer. */
    private static OcpiStatusException refusal(TwoPlatforms side, Registrar registrar) {
        OcpiRegistrationException failed = catchThrowableOfType(
                OcpiRegistrationException.class,
                () -> registrar.register(CPO_ID, side.cpoServer().versionsUrl(), side.tokenA));
        assertThat(failed.step()).isEqualTo(OcpiRegistrationException.Step.POST_CREDENTIALS);
        assertThat(failed.getCause()).isInstanceOf(OcpiStatusException.class);
        return (OcpiStatusException) failed.getCause();
    }

    private String cpoUrl(String path) {
        return platforms.cpoServer().v221Urls().detailsUrl() + "/" + path;
    }

    private String emspUrl(String path) {
        return platforms.emspServer().v221Urls().detailsUrl() + "/" + path;
    }

    private static List<String> describe(List<PartyEndpoint> endpoints) {
        return endpoints.stream()
                .map(e -> e.module() + " " + e.role() + " " + e.url())
                .toList();
    }

    private JsonNode cpoCredentials(String token) throws IOException {
        return PLAIN.readTree(OcpiJson.instance()
                .writeString(
                        new Credentials(token, platforms.cpoServer().versionsUrl(), List.of(TwoPlatforms.cpoRole()))));
    }

    private String emspCredentials(String token) {
        return OcpiJson.instance()
                .writeString(
                        new Credentials(token, platforms.emspServer().versionsUrl(), List.of(TwoPlatforms.emspRole())));
    }

    /** An answer read as JSON. */
    private record Raw(int status, JsonNode json) {}

    private Raw raw(String method, String url, String token, @Nullable String body) throws IOException {
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", CredentialsTokens.header(token, false))
                .method(
                        method,
                        body == null
                                ? null
                                : RequestBody.create(
                                        body.getBytes(StandardCharsets.UTF_8), MediaType.get("application/json")))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return new Raw(response.code(), PLAIN.readTree(response.body().bytes()));
        }
    }
}
