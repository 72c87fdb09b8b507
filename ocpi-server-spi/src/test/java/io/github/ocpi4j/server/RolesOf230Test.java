package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.HostileRegistrationTest.credentials;
import static io.github.ocpi4j.server.ServerFixture.TOKEN;
import static io.github.ocpi4j.server.ServerFixture.TOKEN_A;
import static io.github.ocpi4j.server.ServerFixture.json;
import static io.github.ocpi4j.server.ServerFixture.statusCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.model.v230.credentials.CredentialsRole;
import io.github.ocpi4j.model.v230.locations.BusinessDetails;
import io.github.ocpi4j.model.v230.types.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that states its own roles in OCPI 2.3.0 terms ({@code OcpiServer.Builder.v230Roles}), as a Payment
 * Terminal Provider must: 2.2.1 has no role {@code PTP} ({@code [[credentials_credentials_role_class]]}).
 */
class RolesOf230Test {
    private final FakePartner partner = new FakePartner("2.3.0");

    @AfterEach
    void stop() {
        partner.close();
    }

    @Test
    void credentialsOf230GiveThePtpRoleAsItIsAndNoHub() {
        ServerFixture fixture = new ServerFixture(
                "2.3.0", b -> b.v230Roles(List.of(role(Role.CPO, "CPO"), ptp())).v230(s -> {}));

        JsonNode data =
                json(fixture.call("GET", "2.3.0/credentials", null, TOKEN)).get("data");

        assertThat(roles(data)).containsExactly("CPO NL CPO", "PTP NL PTP");
        assertThat(data.has("hub_party_id")).isFalse();
    }

    @Test
    void credentialsOf221LeaveOutTheRolesThat221CannotName() {
        ServerFixture fixture = new ServerFixture(
                "2.2.1",
                b -> b.v230Roles(List.of(role(Role.CPO, "CPO"), ptp()))
                        .v221(s -> {})
                        .v230(s -> {}));

        JsonNode data =
                json(fixture.call("GET", "2.2.1/credentials", null, TOKEN)).get("data");

        assertThat(roles(data)).containsExactly("CPO NL CPO");
    }

    @Test
    void aServerOffering221WithOnlyRoles221CannotNameIsRefusedWhenBuilt() {
        assertThatThrownBy(() -> OcpiServer.builder()
                        .baseUrl("https://ptp.example.com/ocpi")
                        .partyStore(new InMemoryPartyStore())
                        .v230Roles(List.of(ptp()))
                        .v221(s -> {})
                        .v230(s -> {})
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OCPI 2.2.1 credentials cannot give");
    }

    @Test
    void aPartnerCannotRegisterWithThePtpRoleOfThisSide() {
        ServerFixture fixture =
                new ServerFixture("2.3.0", b -> b.v230Roles(List.of(ptp())).v230(s -> {}));

        OcpiHttpResponse response = fixture.call(
                "POST", "2.3.0/credentials", credentials("token-b", partner.versionsUrl(), "NL PTP"), TOKEN_A);

        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(json(response).get("status_message").asText()).contains("is a role of this platform itself");
    }

    @Test
    void theLastRolesGivenCount() {
        ServerFixture fixture = new ServerFixture(
                "2.3.0",
                b -> b.v230Roles(List.of(ptp()))
                        .roles(List.of(ServerFixture.ourRole()))
                        .v230(s -> {}));

        JsonNode data =
                json(fixture.call("GET", "2.3.0/credentials", null, TOKEN)).get("data");

        assertThat(roles(data)).containsExactly("CPO NL CPO");
    }

    private static CredentialsRole ptp() {
        return role(Role.PTP, "PTP");
    }

    private static CredentialsRole role(Role role, String partyId) {
        return CredentialsRole.builder()
                .role(role)
                .businessDetails(new BusinessDetails("Example " + role, null, null))
                .partyId(partyId)
                .countryCode("NL")
                .build();
    }

    private static List<String> roles(JsonNode credentials) {
        List<String> roles = new ArrayList<>();
        credentials
                .get("roles")
                .forEach(r -> roles.add(
                        r.get("role").asText() + " " + r.get("country_code").asText() + " "
                                + r.get("party_id").asText()));
        return roles;
    }
}
