package io.github.ocpi4j.client.v221;

import static io.github.ocpi4j.client.v221.Fixture.array;
import static io.github.ocpi4j.client.v221.Fixture.assertCall;
import static io.github.ocpi4j.client.v221.Fixture.assertJsonCall;
import static io.github.ocpi4j.client.v221.Fixture.assertNoBody;
import static io.github.ocpi4j.client.v221.Fixture.assertNoEndpoint;
import static io.github.ocpi4j.client.v221.Fixture.assertRejectedBeforeAnyRequest;
import static io.github.ocpi4j.client.v221.Fixture.connect;
import static io.github.ocpi4j.client.v221.Fixture.envelope;
import static io.github.ocpi4j.client.v221.Fixture.example;
import static io.github.ocpi4j.client.v221.Fixture.notFound;
import static io.github.ocpi4j.client.v221.Fixture.ok;
import static io.github.ocpi4j.client.v221.Fixture.parse;
import static io.github.ocpi4j.client.v221.Fixture.receiver;
import static io.github.ocpi4j.client.v221.Fixture.sender;
import static io.github.ocpi4j.client.v221.Fixture.take;
import static io.github.ocpi4j.client.v221.Fixture.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** {@link TariffsSenderClient} and {@link TariffsReceiverClient} against {@code mod_tariffs.asciidoc}. */
class TariffsClientsTest {
    private static final String TARIFF_12 = example("tariff_1_simple_2hour.json");
    private static final String TARIFF_13 = example("tariff_3_alt_url.json");
    private static final String TARIFF_14 = example("tariff_4_complex.json");

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private TariffsSenderClient cpo() {
        return connect(server, sender("tariffs")).v221().tariffsSender();
    }

    private TariffsReceiverClient emsp() {
        return connect(server, receiver("tariffs")).v221().tariffsReceiver();
    }

    // ---- Sender interface, [[mod_tariffs_cpo_interface]]

    @Test
    void getListSendsThePaginationParametersAndReadsThePaginationHeaders() {
        // [[mod_tariffs_cpo_get_request_parameters]], [[transport_and_format_paginated_response]]
        TariffsSenderClient cpo = cpo();
        String next = url(server, "/ocpi/2.2.1/tariffs?offset=52&limit=2&date_from=2019-03-05T09:30:00Z");
        server.enqueue(envelope(200, 1000, array(TARIFF_12, TARIFF_13))
                .setHeader("X-Total-Count", "60")
                .setHeader("X-Limit", "2")
                .setHeader("Link", "<" + next + ">; rel=\"next\"")
                .build());

        Page<Tariff> page = cpo.page(ListQuery.all()
                .dateFrom(Instant.parse("2019-03-05T09:30:00Z"))
                .offset(50)
                .limit(100));

        RecordedRequest request = take(server);
        assertCall(request, "GET", "/ocpi/2.2.1/tariffs?date_from=2019-03-05T09:30:00Z&offset=50&limit=100");
        assertNoBody(request);
        assertThat(page.items()).containsExactly(parse(TARIFF_12, Tariff.class), parse(TARIFF_13, Tariff.class));
        assertThat(page.totalCount()).isEqualTo(60);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.nextUrl()).isEqualTo(next);
    }

    @Test
    void getListAtANextLinkFetchesThatUrlAsGiven() {
        TariffsSenderClient cpo = cpo();
        String next = url(server, "/ocpi/2.2.1/tariffs?offset=52&limit=2&date_from=2019-03-05T09:30:00Z");
        server.enqueue(envelope(200, 1000, array(TARIFF_14))
                .setHeader("X-Total-Count", "53")
                .setHeader("X-Limit", "2")
                .build());

        Page<Tariff> page = cpo.page(next);

        assertCall(take(server), "GET", "/ocpi/2.2.1/tariffs?offset=52&limit=2&date_from=2019-03-05T09:30:00Z");
        assertThat(page.items()).containsExactly(parse(TARIFF_14, Tariff.class));
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void streamFollowsTheNextLinksOverEveryPage() {
        TariffsSenderClient cpo = cpo();
        server.enqueue(envelope(200, 1000, array(TARIFF_12, TARIFF_13))
                .setHeader("X-Total-Count", "3")
                .setHeader("X-Limit", "2")
                .setHeader("Link", "<" + url(server, "/ocpi/2.2.1/tariffs?offset=2&limit=2") + ">; rel=\"next\"")
                .build());
        server.enqueue(envelope(200, 1000, array(TARIFF_14))
                .setHeader("X-Total-Count", "3")
                .setHeader("X-Limit", "2")
                .build());

        List<Tariff> all = cpo.stream(ListQuery.all()).toList();

        assertThat(all)
                .containsExactly(
                        parse(TARIFF_12, Tariff.class), parse(TARIFF_13, Tariff.class), parse(TARIFF_14, Tariff.class));
        assertCall(take(server), "GET", "/ocpi/2.2.1/tariffs");
        assertCall(take(server), "GET", "/ocpi/2.2.1/tariffs?offset=2&limit=2");
    }

    // ---- Receiver interface, [[mod_tariffs_emsp_interface]]

    @Test
    void receiverGetReturnsTheTariffAsStored() {
        // [[mod_tariffs_msp_get_request_parameters]]: {tariffs_endpoint_url}/{country_code}/{party_id}/{tariff_id}
        TariffsReceiverClient emsp = emsp();
        server.enqueue(ok(TARIFF_12));

        Optional<Tariff> tariff = emsp.tariff("DE", "ALL", "12");

        RecordedRequest request = take(server);
        assertCall(request, "GET", "/ocpi/2.2.1/tariffs/DE/ALL/12");
        assertNoBody(request);
        assertThat(tariff).contains(parse(TARIFF_12, Tariff.class));
    }

    @Test
    void receiverGetOfAnUnknownTariffIsEmpty() {
        TariffsReceiverClient emsp = emsp();
        server.enqueue(notFound());

        assertThat(emsp.tariff("DE", "ALL", "99")).isEmpty();
        assertCall(take(server), "GET", "/ocpi/2.2.1/tariffs/DE/ALL/99");
    }

    @Test
    void putSendsTheTariffToTheUrlOfItsCountryCodePartyIdAndId() {
        // [[mod_tariffs_put_method]], [[mod_tariffs_msp_put_request_parameters]]
        TariffsReceiverClient emsp = emsp();
        server.enqueue(ok());

        emsp.put(parse(TARIFF_14, Tariff.class));

        assertJsonCall(take(server), "PUT", "/ocpi/2.2.1/tariffs/DE/ALL/14", TARIFF_14);
    }

    @Test
    void deleteRemovesTheTariffWithoutABody() {
        // [[mod_tariffs_delete_method]], [[mod_tariffs_msp_delete_request_parameters]]
        TariffsReceiverClient emsp = emsp();
        server.enqueue(ok());

        emsp.delete("DE", "ALL", "12");

        RecordedRequest request = take(server);
        assertCall(request, "DELETE", "/ocpi/2.2.1/tariffs/DE/ALL/12");
        assertNoBody(request);
    }

    @Test
    void deleteOfAnUnknownTariffFails() {
        // a DELETE that finds nothing is an error, not an empty answer
        TariffsReceiverClient emsp = emsp();
        server.enqueue(notFound());

        assertThatThrownBy(() -> emsp.delete("DE", "ALL", "99"))
                .isInstanceOfSatisfying(
                        OcpiHttpException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
        assertCall(take(server), "DELETE", "/ocpi/2.2.1/tariffs/DE/ALL/99");
    }

    @Test
    void theSpecificationsPutExampleWithoutLastUpdatedIsRejectedBeforeAnyRequest() {
        // [[mod_tariffs_example_new_tariff_2_euro_per_hour]]: its example lacks last_updated, which
        // [[mod_tariffs_tariff_object]] requires
        TariffsReceiverClient emsp = emsp();
        Tariff broken = OcpiJson.instance()
                .read(example("tariff_put_example.json"), Tariff.class)
                .value()
                .orElseThrow();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(server, () -> emsp.put(broken));
        assertThat(e.violations()).containsExactly(new Violation("last_updated", "required"));
    }

    // ---- endpoints the partner lacks

    @Test
    void aPartnerWithoutTheSenderEndpointGivesANegotiationError() {
        Partner partner = connect(server, receiver("tariffs"));

        assertNoEndpoint(() -> partner.v221().tariffsSender(), "tariffs", "SENDER");
    }

    @Test
    void aPartnerWithoutTheReceiverEndpointGivesANegotiationError() {
        Partner partner = connect(server, sender("tariffs"));

        assertNoEndpoint(() -> partner.v221().tariffsReceiver(), "tariffs", "RECEIVER");
    }
}
