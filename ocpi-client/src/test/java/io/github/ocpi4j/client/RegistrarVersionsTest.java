package io.github.ocpi4j.client;

import static io.github.ocpi4j.client.MockPartner.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocpi4j.client.OcpiRegistrationException.Step;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.types.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Registration and moves between versions with partners of 2.3.0, of 2.2.1 and of both ({@code
 * [[credentials_registration]]}, {@code [[credentials_updating_to_a_newer_version]]}): each at the version agreed
 * on, with that version's credentials ({@code [[credentials_credentials_object]]}).
 */
class RegistrarVersionsTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String OUR_VERSIONS = "https://emsp.example.com/ocpi/versions";

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private final PartyStore store = new InMemoryPartyStore();
    private final AtomicInteger answers = new AtomicInteger();

    /** A partner offering these versions, answering on each version's credentials endpoint. */
    private MockPartner partner(String... versions) {
        MockPartner partner = new MockPartner(server, List.of(versions), "credentials/SENDER", "locations/SENDER");
        for (String version : versions) {
            partner.on("/" + version + "/credentials/SENDER", r -> ok(answer(version, partner.versionsUrl())));
        }
        return partner;
    }

    /**
     * The partner's credentials: the specification's example of a platform of three CPOs, with a new token each
     * time and the mock's versions URL.
     */
    private String answer(String version, String versionsUrl) {
        ObjectNode credentials = (ObjectNode) tree(example(version, "credentials_example4.json"));
        credentials.put("token", "token-C" + answers.incrementAndGet()).put("url", versionsUrl);
        return credentials.toString();
    }

    /** The roles of the specification's example of a CPO with full business details, in 2.2.1. */
    private static List<CredentialsRole> ourRoles() {
        return OcpiJson.instance()
                .read(
                        example("2.2.1", "credentials_example3.json"),
                        io.github.ocpi4j.model.v221.credentials.Credentials.class)
                .get()
                .roles();
    }

    private Registrar registrar(String cap) {
        return registrar(cap, ourRoles(), null);
    }

    private Registrar registrar(
            String cap,
            List<CredentialsRole> roles,
            @Nullable List<io.github.ocpi4j.model.v230.credentials.CredentialsRole> v230Roles) {
        OcpiClient.Builder client = OcpiClient.builder().retryPolicy(RetryPolicy.none());
        if (!cap.isEmpty()) {
            client.maxVersion(cap);
        }
        Registrar.Builder builder = Registrar.builder(client.build(), store)
                .ourVersionsUrl(OUR_VERSIONS)
                .ourRoles(roles);
        if (v230Roles != null) {
            builder.ourV230Roles(v230Roles);
        }
        return builder.build();
    }

    @ParameterizedTest(name = "partner offers [{0}], cap [{1}]: registers at {2}")
    @CsvSource({
        "2.3.0,       ,      2.3.0",
        "2.2.1,       ,      2.2.1",
        "2.2.1 2.3.0, ,      2.3.0",
        "2.2.1 2.3.0, 2.2.1, 2.2.1",
    })
    void registersAtTheAgreedVersionWithItsCredentialsAndKeepsItsEndpoints(String offered, String cap, String agreed) {
        MockPartner cpo = partner(offered.split(" "));

        Party party = registrar(cap == null ? "" : cap).register("cpo", cpo.versionsUrl(), "token-A");

        RecordedRequest post = cpo.calls().get(0);
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(post.getUrl().encodedPath()).isEqualTo("/" + agreed + "/credentials/SENDER");
        assertThat(post.getHeaders().get("Authorization")).isEqualTo(header("token-A"));
        JsonNode sent = tree(post.getBody().utf8());
        assertThat(sent.get("roles"))
                .isEqualTo(tree(example(agreed, "credentials_example3.json")).get("roles"));
        assertThat(sent.has("hub_party_id")).isFalse();
        assertThat(valid(agreed, post)).isTrue();

        assertThat(party.version()).isEqualTo(agreed);
        assertThat(party.endpointUrl("locations", "SENDER")).isEqualTo(cpo.url(agreed, "locations/SENDER"));
        assertThat(party.incomingToken()).isEqualTo(sent.get("token").asText());
        assertThat(party.outgoingToken()).isEqualTo("token-C1");
        assertThat(party.roles())
                .containsExactly(
                        PartyRole.of("CPO", "NL", "EXO"),
                        PartyRole.of("CPO", "NL", "PFC"),
                        PartyRole.of("CPO", "NL", "CGP"));
        assertThat(store.findById("cpo")).contains(party);
        assertThat(cpo.requests).extracting(r -> r.getUrl().encodedPath()).doesNotContain("/" + other(agreed));
    }

    @Test
    void movesAPartnerOfBothVersionsDownAndUpAgainWithAPutAtTheOtherVersionsCredentialsEndpoint() {
        MockPartner cpo = partner("2.2.1", "2.3.0");
        Registrar registrar = registrar("");
        Party registered = registrar.register("cpo", cpo.versionsUrl(), "token-A");

        Party down = registrar.moveTo(registered, "2.2.1");

        assertMoved(cpo, cpo.calls().get(1), registered, down, "2.2.1");

        Party up = registrar.moveTo(down, "2.3.0");

        assertMoved(cpo, cpo.calls().get(2), down, up, "2.3.0");
    }

    private void assertMoved(MockPartner cpo, RecordedRequest put, Party before, Party after, String version) {
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getUrl().encodedPath()).isEqualTo("/" + version + "/credentials/SENDER");
        assertThat(put.getHeaders().get("Authorization")).isEqualTo(header(before.outgoingToken()));
        assertThat(valid(version, put)).isTrue();
        String newTokenB = tree(put.getBody().utf8()).get("token").asText();
        assertThat(newTokenB).isNotEqualTo(before.incomingToken());

        assertThat(after.version()).isEqualTo(version);
        assertThat(after.endpointUrl("locations", "SENDER")).isEqualTo(cpo.url(version, "locations/SENDER"));
        assertThat(after.endpointUrl("credentials", "SENDER")).isEqualTo(cpo.url(version, "credentials/SENDER"));
        assertThat(after.incomingToken()).isEqualTo(newTokenB);
        assertThat(after.outgoingToken()).isNotEqualTo(before.outgoingToken());
        assertThat(store.findById("cpo")).contains(after);
        assertThat(store.findByIncomingToken(before.incomingToken())).isEmpty();
    }

    @ParameterizedTest(name = "partner of {0} only cannot be moved to {1}")
    @CsvSource({"2.3.0, 2.2.1", "2.2.1, 2.3.0"})
    void aPartnerThatLacksTheOtherVersionStaysWhereItIsAndGetsNoPut(String offered, String target) {
        MockPartner cpo = partner(offered);
        Registrar registrar = registrar("");
        Party registered = registrar.register("cpo", cpo.versionsUrl(), "token-A");

        assertThatThrownBy(() -> registrar.moveTo(registered, target))
                .isInstanceOfSatisfying(OcpiRegistrationException.class, e -> {
                    assertThat(e.step()).isEqualTo(Step.CHOOSE_VERSION);
                    assertThat(e.getCause())
                            .hasMessage(cpo.versionsUrl() + " does not offer OCPI " + target + ": it offers [" + offered
                                    + "]");
                });
        assertThat(cpo.calls()).hasSize(1);
        assertThat(store.findById("cpo")).contains(registered);
    }

    @Test
    void aClientCappedAt221DoesNotMoveTo230() {
        MockPartner cpo = partner("2.2.1", "2.3.0");
        Registrar registrar = registrar("2.2.1");
        Party registered = registrar.register("cpo", cpo.versionsUrl(), "token-A");
        int before = cpo.requests.size();

        assertThatThrownBy(() -> registrar.moveTo(registered, "2.3.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the client speaks [2.2.1], not 2.3.0");
        assertThat(cpo.requests).hasSize(before);
    }

    @Test
    void updateMovesAPartyOf221ToThe230ItsPartnerNowSharesWithAnUncappedClient() {
        MockPartner cpo = partner("2.2.1", "2.3.0");
        Party registered = registrar("2.2.1").register("cpo", cpo.versionsUrl(), "token-A");

        Party updated = registrar("").update(registered);

        assertThat(registered.version()).isEqualTo("2.2.1");
        assertMoved(cpo, cpo.calls().get(1), registered, updated, "2.3.0");
    }

    @Test
    void aHubSendsItsHubRoleIn221AndItsHubPartyIdWithThePartiesBehindItIn230() {
        // [[credentials_credentials_object]]: 2.3.0 has no role HUB; a hub names itself in hub_party_id and lists
        // the parties reachable through it
        List<CredentialsRole> hub = List.of(CredentialsRole.builder()
                .role(Role.HUB)
                .countryCode("DE")
                .partyId("HUB")
                .businessDetails(new BusinessDetails("Example Hub", null, null))
                .build());
        List<io.github.ocpi4j.model.v230.credentials.CredentialsRole> behind = OcpiJson.instance()
                .read(
                        example("2.3.0", "credentials_example4.json"),
                        io.github.ocpi4j.model.v230.credentials.Credentials.class)
                .get()
                .roles();
        MockPartner cpo221 = partner("2.2.1");
        registrar("", hub, behind).register("cpo-221", cpo221.versionsUrl(), "token-A");
        MockPartner cpo230 = partner("2.2.1", "2.3.0");

        registrar("", hub, behind).register("cpo-230", cpo230.versionsUrl(), "token-A");

        JsonNode sent221 = tree(cpo221.calls().get(0).getBody().utf8());
        assertThat(sent221.get("roles").get(0).get("role").asText()).isEqualTo("HUB");
        assertThat(sent221.has("hub_party_id")).isFalse();
        RecordedRequest post230 = cpo230.calls().get(0);
        JsonNode sent230 = tree(post230.getBody().utf8());
        assertThat(sent230.get("hub_party_id").asText()).isEqualTo("DEHUB");
        assertThat(sent230.get("roles"))
                .isEqualTo(tree(example("2.3.0", "credentials_example4.json")).get("roles"));
        assertThat(valid("2.3.0", post230)).isTrue();
    }

    @Test
    void aHubWithoutTheRolesOfItsPartiesCannotRegisterIn230ButCanWhenCappedAt221() {
        List<CredentialsRole> hubOnly = List.of(CredentialsRole.builder()
                .role(Role.HUB)
                .countryCode("DE")
                .partyId("HUB")
                .businessDetails(new BusinessDetails("Example Hub", null, null))
                .build());

        assertThatThrownBy(() -> registrar("", hubOnly, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ourV230Roles");
        assertThat(registrar("2.2.1", hubOnly, null)).isNotNull();
    }

    @Test
    void aPartnerHubsPartyIdOf230IsKeptAsItsRoleHub() {
        MockPartner hub = new MockPartner(server, List.of("2.3.0"), "credentials/SENDER");
        hub.on(
                "/2.3.0/credentials/SENDER",
                r -> ok("{\"token\":\"token-C\",\"url\":\"" + hub.versionsUrl() + "\",\"hub_party_id\":\"DEHUB\","
                        + "\"roles\":[{\"role\":\"CPO\",\"party_id\":\"EXO\",\"country_code\":\"NL\","
                        + "\"business_details\":{\"name\":\"Excellent Operator\"}}]}"));

        Party party = registrar("").register("hub", hub.versionsUrl(), "token-A");

        assertThat(party.roles()).containsExactly(PartyRole.of("CPO", "NL", "EXO"), PartyRole.of("HUB", "DE", "HUB"));
    }

    @Test
    void theCredentialsOfAPartyAreReadInItsVersion() {
        MockPartner cpo = partner("2.3.0");
        Registrar registrar = registrar("");
        Party party = registrar.register("cpo", cpo.versionsUrl(), "token-A");

        io.github.ocpi4j.model.v230.credentials.Credentials theirs = registrar.credentialsV230(party);

        RecordedRequest get = cpo.calls().get(1);
        assertThat(get.getMethod()).isEqualTo("GET");
        assertThat(get.getUrl().encodedPath()).isEqualTo("/2.3.0/credentials/SENDER");
        assertThat(theirs.token()).isEqualTo("token-C2");
        assertThat(theirs.roles()).hasSize(3);
        assertThatThrownBy(() -> registrar.credentials(party))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cpo is registered with OCPI 2.3.0, not 2.2.1");
    }

    private static boolean valid(String version, RecordedRequest request) {
        Class<?> type = version.equals("2.3.0")
                ? io.github.ocpi4j.model.v230.credentials.Credentials.class
                : io.github.ocpi4j.model.v221.credentials.Credentials.class;
        return OcpiJson.instance().read(request.getBody().toByteArray(), type).isValid();
    }

    private static String other(String version) {
        return version.equals("2.3.0") ? "2.2.1" : "2.3.0";
    }

    private static String header(String token) {
        return "Token " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    private static String example(String version, String name) {
        return new String(SpecFiles.example(version, name), StandardCharsets.UTF_8);
    }

    private static JsonNode tree(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
