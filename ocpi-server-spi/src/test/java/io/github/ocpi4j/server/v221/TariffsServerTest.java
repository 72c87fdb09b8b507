package io.github.ocpi4j.server.v221;

import static io.github.ocpi4j.server.ServerFixture.OTHER_TOKEN;
import static io.github.ocpi4j.server.ServerFixture.example;
import static io.github.ocpi4j.server.v221.Responses.assertError;
import static io.github.ocpi4j.server.v221.Responses.assertMethodNotAllowed;
import static io.github.ocpi4j.server.v221.Responses.assertNotFound;
import static io.github.ocpi4j.server.v221.Responses.assertNotYours;
import static io.github.ocpi4j.server.v221.Responses.assertSuccess;
import static io.github.ocpi4j.server.v221.Responses.assertSuccessWithoutData;
import static io.github.ocpi4j.server.v221.Responses.assertViolations;
import static io.github.ocpi4j.server.v221.Responses.read;
import static io.github.ocpi4j.server.v221.Responses.tree;
import static io.github.ocpi4j.server.v221.Responses.treeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.ServerFixture;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Tariffs module through {@code handle()}: the Sender interface ({@code [[mod_tariffs_cpo_interface]]}) and the
 * Receiver interface ({@code [[mod_tariffs_emsp_interface]]}) with GET, PUT and DELETE.
 */
class TariffsServerTest {
    /** A tariff of the CPO NL-EMS pushing to us. */
    private static final String TARIFF =
            example("tariff_1_simple_2hour.json").replace("\"DE\"", "\"NL\"").replace("\"ALL\"", "\"EMS\"");

    private static final String RECEIVER = "2.2.1/receiver/tariffs/NL/EMS/12";

    private final InMemoryTariffs tariffs = new InMemoryTariffs();
    private final ServerFixture fixture =
            new ServerFixture(s -> s.tariffsSender(tariffs).tariffsReceiver(tariffs));
    private final Tariff tariff = read(TARIFF, Tariff.class);

    // ---- Sender ----------------------------------------------------------------------------------------------

    @Test
    void senderListIsTheHostsPageForEveryParty() {
        Tariff simple = read(example("tariff_1_simple_2hour.json"), Tariff.class);
        Tariff complex = read(example("tariff_4_complex.json"), Tariff.class);
        tariffs.own.addAll(List.of(simple, complex));
        String query = "2.2.1/sender/tariffs?date_to=2030-01-01T00:00:00Z&limit=10";
        String both = "[" + treeOf(simple) + "," + treeOf(complex) + "]";

        OcpiHttpResponse response = fixture.call("GET", query, null);

        assertSuccess(response, tree(both));
        assertThat(response.header("X-Total-Count")).isEqualTo("2");
        assertThat(response.header("Link")).isNull();
        assertThat(tariffs.pages).containsExactly(new PageRequest(0, 10, null, Instant.parse("2030-01-01T00:00:00Z")));
        assertSuccess(fixture.call("GET", query, null, OTHER_TOKEN), tree(both));
    }

    @Test
    void senderHasOnlyGet() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertMethodNotAllowed(fixture.call(method, "2.2.1/sender/tariffs", TARIFF), method);
        }
        assertThat(tariffs.pages).isEmpty();
    }

    // ---- Receiver --------------------------------------------------------------------------------------------

    @Test
    void receiverGetsAStoredTariff() {
        tariffs.putTariff(null, tariff);

        assertSuccess(fixture.call("GET", RECEIVER, null), tree(TARIFF));
    }

    @Test
    void receiverAnswers404ForAnUnknownTariff() {
        tariffs.putTariff(null, tariff);

        assertNotFound(fixture.call("GET", "2.2.1/receiver/tariffs/NL/EMS/13", null), "tariff not found");
    }

    @Test
    void anotherPartysTariffsAreInvisibleAndUntouchable() {
        String theirs = TARIFF.replace("\"NL\"", "\"DE\"").replace("\"EMS\"", "\"OTH\"");
        tariffs.putTariff(null, read(theirs, Tariff.class));
        String url = "2.2.1/receiver/tariffs/DE/OTH/12";

        assertNotYours(fixture.call("GET", url, null), "DE/OTH");
        assertNotYours(fixture.call("PUT", url, theirs), "DE/OTH");
        assertNotYours(fixture.call("DELETE", url, null), "DE/OTH");

        assertSuccess(fixture.call("GET", url, null, OTHER_TOKEN), tree(theirs));
    }

    @Test
    void putOfANewTariffIsCreatedAndOfAKnownOneOk() {
        assertSuccessWithoutData(fixture.call("PUT", RECEIVER, TARIFF), 201);
        String changed = TARIFF.replace("\"step_size\": 60", "\"step_size\": 300")
                .replace("2015-06-29T20:39:09Z", "2015-07-01T00:00:00Z");

        assertSuccessWithoutData(fixture.call("PUT", RECEIVER, changed), 200);

        assertSuccess(fixture.call("GET", RECEIVER, null), tree(changed));
        assertThat(tariffs.received.values()).containsExactly(read(changed, Tariff.class));
    }

    @Test
    void putWhoseIdsDifferFromTheUrlsIs2001() {
        assertError(
                fixture.call("PUT", "2.2.1/receiver/tariffs/NL/EMS/13", TARIFF),
                200,
                2001,
                "tariff_id in the URL (13) differs from the body's (12): send the same in both");
        assertError(
                fixture.call("PUT", RECEIVER, TARIFF.replace("\"NL\"", "\"DE\"")),
                200,
                2001,
                "country_code in the URL (NL) differs from the body's (DE): send the same in both");
        assertError(
                fixture.call("PUT", RECEIVER, TARIFF.replace("\"EMS\"", "\"OTH\"")),
                200,
                2001,
                "party_id in the URL (EMS) differs from the body's (OTH): send the same in both");
        assertThat(tariffs.received).isEmpty();
    }

    @Test
    void specsPutExampleLacksLastUpdatedAndIs2001WithItsPath() {
        String put =
                example("tariff_put_example.json").replace("\"DE\"", "\"NL\"").replace("\"ALL\"", "\"EMS\"");

        assertViolations(fixture.call("PUT", RECEIVER, put), "[{\"path\":\"last_updated\",\"rule\":\"required\"}]");
        assertViolations(
                fixture.call("PUT", RECEIVER, TARIFF.replace("\"price\": 2.00", "\"price\": \"2.00\"")),
                "[{\"path\":\"elements[0].price_components[0].price\","
                        + "\"rule\":\"type: expected a number, was a string\"}]");
        assertThat(tariffs.received).isEmpty();
    }

    @Test
    void deleteRemovesAKnownTariff() {
        tariffs.putTariff(null, tariff);

        assertSuccessWithoutData(fixture.call("DELETE", RECEIVER, null), 200);

        assertThat(tariffs.received).isEmpty();
        assertNotFound(fixture.call("GET", RECEIVER, null), "tariff not found");
    }

    @Test
    void deleteOfAnUnknownTariffIsNotFound() {
        tariffs.putTariff(null, tariff);

        assertNotFound(
                fixture.call("DELETE", "2.2.1/receiver/tariffs/NL/EMS/13", null),
                "tariff not found: nothing to delete");
        assertThat(tariffs.received.values()).containsExactly(tariff);
    }

    @Test
    void receiverHasNeitherPostNorPatch() {
        tariffs.putTariff(null, tariff);

        assertMethodNotAllowed(fixture.call("POST", RECEIVER, TARIFF), "POST");
        assertMethodNotAllowed(
                fixture.call("PATCH", RECEIVER, "{\"currency\": \"USD\", \"last_updated\": \"2019-06-24T12:39:09Z\"}"),
                "PATCH");
        assertThat(tariffs.received.values()).containsExactly(tariff);
    }
}
