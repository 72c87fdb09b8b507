package io.github.ocpi4j.server.v221;

import static io.github.ocpi4j.server.ServerFixture.data;
import static io.github.ocpi4j.server.ServerFixture.json;
import static io.github.ocpi4j.server.ServerFixture.statusCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.hubclientinfo.ClientInfo;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.ServerFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HubClientInfo module ({@code [[mod_hub_client_info_module]]}) through {@code handle()}: the Receiver interface
 * a hub pushes the parties behind it to, and the hub's Sender interface listing them.
 */
class HubClientInfoServerTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String PLANNED = "{\"party_id\":\"ALL\",\"country_code\":\"NL\",\"status\":\"PLANNED\","
            + "\"role\":\"CPO\",\"last_updated\":\"2024-05-01T11:00:00Z\"}";
    private static final String CONNECTED =
            PLANNED.replace("PLANNED", "CONNECTED").replace("11:00:00", "11:30:00");

    private static final String HUB_TOKEN = "hub-token";

    private final InMemoryClientInfos infos = new InMemoryClientInfos();
    private final ServerFixture fixture =
            new ServerFixture(s -> s.hubClientInfoReceiver(infos).hubClientInfoSender(infos));

    HubClientInfoServerTest() {
        fixture.parties.save(Party.preRegistered("hub", HUB_TOKEN, PartyRole.of("HUB", "DE", "HUB")));
    }

    /** Calls the server as the Hub DE-HUB. */
    private OcpiHttpResponse hub(String method, String target, String body) {
        return fixture.call(method, target, body, HUB_TOKEN);
    }

    // ---- Receiver ---------------------------------------------------------------------------------------------

    @Test
    void putOfThePartyDescribedIsCreatedThenReplacedAndReadBack() {
        // the hub DE-HUB describes NL-ALL: the URL names the party described, not the hub
        OcpiHttpResponse created = hub("PUT", "2.2.1/receiver/hubclientinfo/NL/ALL", PLANNED);
        OcpiHttpResponse replaced = hub("PUT", "2.2.1/receiver/hubclientinfo/NL/ALL", CONNECTED);
        OcpiHttpResponse read = hub("GET", "2.2.1/receiver/hubclientinfo/NL/ALL", null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(statusCode(created)).isEqualTo(1000);
        assertThat(json(created).has("data")).isFalse();
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(statusCode(replaced)).isEqualTo(1000);
        assertThat(infos.received).containsOnlyKeys("NL/ALL");
        assertThat(infos.received.get("NL/ALL")).isEqualTo(read(CONNECTED));
        assertThat(read.status()).isEqualTo(200);
        assertThat(statusCode(read)).isEqualTo(1000);
        assertThat(json(read).get("data")).isEqualTo(tree(CONNECTED));
    }

    @Test
    void partyWithoutTheHubRoleMayNeitherPushNorReadClientInfo() {
        // [[mod_hub_client_info_module]]: the Hub owns client info; an eMSP must not report others offline
        OcpiHttpResponse put = fixture.call("PUT", "2.2.1/receiver/hubclientinfo/NL/ALL", PLANNED);
        hub("PUT", "2.2.1/receiver/hubclientinfo/NL/ALL", PLANNED);
        OcpiHttpResponse get = fixture.call("GET", "2.2.1/receiver/hubclientinfo/NL/ALL", null);

        for (OcpiHttpResponse response : List.of(put, get)) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(statusCode(response)).isEqualTo(2000);
            assertThat(json(response).get("status_message").asText())
                    .isEqualTo(
                            "only a Hub pushes or reads client info, and you registered no HUB role: leave this endpoint to your Hub");
        }
        assertThat(infos.received.get("NL/ALL")).isEqualTo(read(PLANNED));
    }

    @Test
    void getOfAPartyNotPushedIsNotFound() {
        OcpiHttpResponse response = hub("GET", "2.2.1/receiver/hubclientinfo/DE/OTH", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(statusCode(response)).isEqualTo(2000);
        assertThat(json(response).get("status_message").asText()).isEqualTo("client info not found");
    }

    @Test
    void putWhoseBodyDescribesAnotherPartyThanTheUrlIs2001() {
        OcpiHttpResponse country = hub("PUT", "2.2.1/receiver/hubclientinfo/BE/ALL", PLANNED);
        OcpiHttpResponse party = hub("PUT", "2.2.1/receiver/hubclientinfo/NL/ONE", PLANNED);

        assertThat(country.status()).isEqualTo(200);
        assertThat(statusCode(country)).isEqualTo(2001);
        assertThat(json(country).get("status_message").asText())
                .isEqualTo("country_code in the URL (BE) differs from the body's (NL): send the same in both");
        assertThat(statusCode(party)).isEqualTo(2001);
        assertThat(json(party).get("status_message").asText())
                .isEqualTo("party_id in the URL (ONE) differs from the body's (ALL): send the same in both");
        assertThat(infos.received).isEmpty();
    }

    @Test
    void putOfAnInvalidClientInfoIs2001WithEveryViolation() {
        String broken = PLANNED.replace("\"role\":\"CPO\",", "").replace("\"PLANNED\"", "\"GONE\"");

        OcpiHttpResponse response = hub("PUT", "2.2.1/receiver/hubclientinfo/NL/ALL", broken);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(data(response))
                .isEqualTo(
                        "[{\"path\":\"status\",\"rule\":\"enum ConnectionStatus: unknown value \\\"GONE\\\" "
                                + "(allowed: CONNECTED, OFFLINE, PLANNED, SUSPENDED)\"},{\"path\":\"role\",\"rule\":\"required\"}]");
        assertThat(infos.received).isEmpty();
    }

    // ---- Sender -----------------------------------------------------------------------------------------------

    @Test
    void clientInfosListIsAPageOfTheHubsPartiesWithPagingHeaders() {
        infos.own.add(read(PLANNED));
        infos.own.add(read(CONNECTED.replace("ALL", "ONE")));
        infos.own.add(read(CONNECTED.replace("ALL", "TWO").replace("11:30:00", "11:45:00")));

        OcpiHttpResponse first = fixture.call("GET", "2.2.1/sender/hubclientinfo?limit=2", null);
        OcpiHttpResponse filtered =
                fixture.call("GET", "2.2.1/sender/hubclientinfo?date_from=2024-05-01T11:30:00Z", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(statusCode(first)).isEqualTo(1000);
        assertThat(json(first).get("data"))
                .isEqualTo(tree("[" + PLANNED + "," + CONNECTED.replace("ALL", "ONE") + "]"));
        assertThat(first.header("X-Total-Count")).isEqualTo("3");
        assertThat(first.header("X-Limit")).isEqualTo("2");
        assertThat(first.header("Link"))
                .isEqualTo("<https://cpo.example.com/ocpi/2.2.1/sender/hubclientinfo?offset=2&limit=2>; rel=\"next\"");
        assertThat(json(filtered).get("data")).hasSize(2);
        assertThat(filtered.header("X-Total-Count")).isEqualTo("2");
        assertThat(filtered.header("Link")).isNull();
    }

    @Test
    void clientInfosListWithInvalidPagingParametersIs2001() {
        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/hubclientinfo?limit=0", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("limit must be at least 1, was 0: leave it out for pages of up to 100");
    }

    private static ClientInfo read(String json) {
        return OcpiJson.instance().read(json, ClientInfo.class).get();
    }

    private static JsonNode tree(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
