package io.github.ocpi4j.model.v221.hubclientinfo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.types.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** ClientInfo ({@code [[mod_hub_client_info_hub_client_info_object]]}). */
class ClientInfoTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void clientInfoIsReadAndWrittenBack() {
        String body = """
                {"party_id": "ALL", "country_code": "NL", "role": "CPO", "status": "PLANNED",
                 "last_updated": "2024-05-01T12:00:00Z"}""";

        ReadResult<ClientInfo> result = json.read(body, ClientInfo.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get())
                .isEqualTo(ClientInfo.builder()
                        .countryCode("NL")
                        .partyId("ALL")
                        .role(Role.CPO)
                        .status(ConnectionStatus.PLANNED)
                        .lastUpdated(Instant.parse("2024-05-01T12:00:00Z"))
                        .build());
        assertThat(json.writeString(result.get()))
                .isEqualTo("{\"party_id\":\"ALL\",\"country_code\":\"NL\",\"role\":\"CPO\","
                        + "\"status\":\"PLANNED\",\"last_updated\":\"2024-05-01T12:00:00Z\"}");
    }

    @Test
    void clientInfoWithoutLastUpdatedIsRejected() {
        String body = """
                {"party_id": "ALL", "country_code": "NL", "role": "CPO", "status": "PLANNED"}""";

        assertThat(json.read(body, ClientInfo.class).violations())
                .containsExactly(new Violation("last_updated", "required"));
    }

    @Test
    void partyIdAndCountryCodeMustBeWellFormed() {
        ClientInfo info = ClientInfo.builder()
                .countryCode("NLD")
                .partyId("A-L")
                .role(Role.EMSP)
                .status(ConnectionStatus.CONNECTED)
                .lastUpdated(Instant.parse("2024-05-01T12:00:00Z"))
                .build();

        assertThat(json.validate(info))
                .containsExactlyInAnyOrder(
                        new Violation("party_id", "ISO 15118 party id: \"A-L\" is not 3 letters or digits"),
                        new Violation("country_code", "CiString(2): 3 characters, at most 2 allowed"),
                        new Violation("country_code", "ISO 3166-1 alpha-2: \"NLD\" is not a country code"));
    }
}
