package io.github.ocpi4j.model.v230.hubclientinfo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v230.types.Role;
import org.junit.jupiter.api.Test;

/** OCPI 2.3.0 ClientInfo ({@code [[mod_hub_client_info_hub_client_info_object]]}, {@code [[types_role_enum]]}). */
class ClientInfoTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void aPartyBehindTheHubIsReadDespiteAnUnknownField() {
        String body = """
                {"party_id": "NAV", "country_code": "SE", "role": "NSP", "status": "CONNECTED",
                 "last_updated": "2025-03-01T09:00:00Z", "hub_region": "north"}""";

        ReadResult<ClientInfo> result = json.read(body, ClientInfo.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get().role()).isEqualTo(Role.NSP);
        assertThat(result.get().status()).isEqualTo(ConnectionStatus.CONNECTED);
    }

    @Test
    void noPartyBehindTheHubHasTheRoleHub() {
        String body = """
                {"party_id": "HUB", "country_code": "DE", "role": "HUB", "status": "CONNECTED",
                 "last_updated": "2025-03-01T09:00:00Z"}""";

        assertThat(json.read(body, ClientInfo.class).violations())
                .containsExactly(new Violation(
                        "role", "enum Role: unknown value \"HUB\" (allowed: CPO, EMSP, NAP, NSP, OTHER, PTP, SCSP)"));
    }
}
