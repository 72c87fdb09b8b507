package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.ServerFixture.TOKEN;
import static io.github.ocpi4j.server.ServerFixture.json;
import static io.github.ocpi4j.server.ServerFixture.statusCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.Location;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Objects whose ids form the URLs partners address them by ({@code [[transport_and_format_client_owned_object_push]]})
 * are refused with 2001 when an id cannot be one segment of a URL (empty, {@code .}, {@code ..}): stored, they
 * could never be read, replaced or patched again.
 */
class UnaddressableIdsTest {
    private final InMemoryEmsp emspSide = new InMemoryEmsp();
    private final ServerFixture emsp = new ServerFixture(emspSide::register);
    private final InMemoryCpo cpoSide = new InMemoryCpo();
    private final ServerFixture cpo = new ServerFixture(cpoSide::register);

    @Test
    void cdrWithAnEmptyIdIsRefusedAndNotStored() {
        OcpiHttpResponse response = emsp.call(
                "POST",
                "2.2.1/receiver/cdrs",
                write(Fixtures.cdr("NL", "EMS", "CDR1")).replace("\"id\":\"CDR1\"", "\"id\":\"\""));

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(json(response).get("data").toString())
                .isEqualTo("[{\"path\":\"id\",\"rule\":"
                        + "\"URL segment: empty, but an id that forms a URL needs at least one character\"}]");
        assertThat(response.header("Location")).isNull();
        assertThat(emspSide.cdrs).isEmpty();
    }

    /** Pushes whose id, or the id of an object inside, cannot be addressed: side, target, body, the path refused. */
    static Stream<Arguments> pushes() {
        Location location = Fixtures.location("NL", "EMS", "LOC1");
        EVSE evse = location.evses().get(0);
        Connector connector = evse.connectors().get(0);
        String base = "2.2.1/receiver/locations/NL/EMS/";
        return Stream.of(
                Arguments.of(
                        "emsp", base + "%2E", write(location.toBuilder().id(".").build()), "id"),
                Arguments.of(
                        "emsp",
                        base + "LOC1",
                        write(location.toBuilder()
                                .evses(List.of(evse.toBuilder().uid("").build()))
                                .build()),
                        "evses[0].uid"),
                Arguments.of(
                        "emsp",
                        base + "LOC1/3256",
                        write(evse.toBuilder()
                                .connectors(
                                        List.of(connector.toBuilder().id("..").build()))
                                .build()),
                        "connectors[0].id"),
                Arguments.of(
                        "emsp",
                        "2.2.1/receiver/sessions/NL/EMS/%2E%2E",
                        write(Fixtures.session("NL", "EMS", "..")),
                        "id"),
                Arguments.of(
                        "emsp", "2.2.1/receiver/tariffs/NL/EMS/%2E", write(Fixtures.tariff("NL", "EMS", ".")), "id"),
                Arguments.of(
                        "cpo",
                        "2.2.1/receiver/tokens/NL/EMS/%2E",
                        write(Fixtures.token("NL", "EMS", ".", true)),
                        "uid"));
    }

    @ParameterizedTest(name = "{1} {3}")
    @MethodSource("pushes")
    void objectWithAnIdThatCannotBeAddressedIsRefusedAndNotStored(
            String side, String target, String body, String path) {
        emsp.call("PUT", "2.2.1/receiver/locations/NL/EMS/LOC1", write(Fixtures.location("NL", "EMS", "LOC1")), TOKEN);
        Object before = List.of(
                List.copyOf(emspSide.locations.values()),
                List.copyOf(emspSide.sessions.values()),
                List.copyOf(emspSide.tariffs.values()),
                List.copyOf(cpoSide.tokens.values()));

        OcpiHttpResponse response = (side.equals("cpo") ? cpo : emsp).call("PUT", target, body, TOKEN);

        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(json(response).get("data").get(0).get("path").asText()).isEqualTo(path);
        assertThat(json(response).get("data").get(0).get("rule").asText()).startsWith("URL segment: ");
        assertThat(List.of(
                        List.copyOf(emspSide.locations.values()),
                        List.copyOf(emspSide.sessions.values()),
                        List.copyOf(emspSide.tariffs.values()),
                        List.copyOf(cpoSide.tokens.values())))
                .isEqualTo(before);
    }

    private static String write(Object model) {
        return OcpiJson.instance().writeString(model);
    }
}
