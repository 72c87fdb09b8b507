package io.github.ocpi4j.client.v221;

import static io.github.ocpi4j.client.v221.Fixture.array;
import static io.github.ocpi4j.client.v221.Fixture.assertCall;
import static io.github.ocpi4j.client.v221.Fixture.assertJsonBody;
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
import io.github.ocpi4j.client.OcpiUnreadableResponseException;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** {@link CdrsSenderClient} and {@link CdrsReceiverClient} against {@code mod_cdrs.asciidoc}. */
class CdrsClientsTest {
    private static final String CDR_12345 = example("cdr_example.json");
    private static final String CDR_12346 = CDR_12345.replace("\"id\": \"12345\"", "\"id\": \"12346\"");

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private CdrsSenderClient cpo() {
        return connect(server, sender("cdrs")).v221().cdrsSender();
    }

    private CdrsReceiverClient emsp() {
        return connect(server, receiver("cdrs")).v221().cdrsReceiver();
    }

    // ---- Sender interface, [[mod_cdrs_cpo_interface]]

    @Test
    void getListSendsThePaginationParametersAndReadsThePaginationHeaders() {
        // [[mod_cdrs_request_parameters]], [[transport_and_format_pagination_examples]]: a server limiting the page
        CdrsSenderClient cpo = cpo();
        String next = url(server, "/ocpi/2.2.1/cdrs?offset=100&limit=100");
        server.enqueue(envelope(200, 1000, array(CDR_12345))
                .setHeader("X-Total-Count", "150")
                .setHeader("X-Limit", "100")
                .setHeader("Link", "<" + next + ">; rel=\"next\"")
                .build());

        Page<CDR> page = cpo.page(ListQuery.all().limit(2000));

        RecordedRequest request = take(server);
        assertCall(request, "GET", "/ocpi/2.2.1/cdrs?limit=2000");
        assertNoBody(request);
        assertThat(page.items()).containsExactly(parse(CDR_12345, CDR.class));
        assertThat(page.totalCount()).isEqualTo(150);
        assertThat(page.limit()).isEqualTo(100);
        assertThat(page.nextUrl()).isEqualTo(next);
    }

    @Test
    void getListSendsTheDateFilters() {
        // [[mod_cdrs_request_parameters]]: date_from inclusive, date_to exclusive, both optional
        CdrsSenderClient cpo = cpo();
        server.enqueue(envelope(200, 1000, "[]").setHeader("X-Total-Count", "0").build());

        Page<CDR> page = cpo.page(ListQuery.all()
                .dateFrom(Instant.parse("2016-02-01T06:00:00Z"))
                .dateTo(Instant.parse("2016-11-30T18:00:00Z"))
                .offset(100));

        assertCall(
                take(server),
                "GET",
                "/ocpi/2.2.1/cdrs?date_from=2016-02-01T06:00:00Z&date_to=2016-11-30T18:00:00Z&offset=100");
        assertThat(page.items()).isEmpty();
        assertThat(page.totalCount()).isZero();
        assertThat(page.limit()).isNull();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void getListAtANextLinkFetchesThatUrlAsGiven() {
        // [[transport_and_format_pagination_examples]]: the next link repeats the filters
        CdrsSenderClient cpo = cpo();
        String next = url(
                server,
                "/ocpi/2.2.1/cdrs?offset=100&limit=100&date_from=2016-02-01T06:00:00Z&date_to=2016-11-30T18:00:00Z");
        server.enqueue(envelope(200, 1000, array(CDR_12346))
                .setHeader("X-Total-Count", "101")
                .setHeader("X-Limit", "100")
                .build());

        Page<CDR> page = cpo.page(next);

        assertCall(
                take(server),
                "GET",
                "/ocpi/2.2.1/cdrs?offset=100&limit=100&date_from=2016-02-01T06:00:00Z&date_to=2016-11-30T18:00:00Z");
        assertThat(page.items()).containsExactly(parse(CDR_12346, CDR.class));
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void streamFollowsTheNextLinksOverEveryPage() {
        CdrsSenderClient cpo = cpo();
        server.enqueue(envelope(200, 1000, array(CDR_12345))
                .setHeader("X-Total-Count", "2")
                .setHeader("X-Limit", "1")
                .setHeader("Link", "<" + url(server, "/ocpi/2.2.1/cdrs?offset=1&limit=1") + ">; rel=\"next\"")
                .build());
        server.enqueue(envelope(200, 1000, array(CDR_12346))
                .setHeader("X-Total-Count", "2")
                .setHeader("X-Limit", "1")
                .build());

        List<CDR> all = cpo.stream(ListQuery.all()).toList();

        assertThat(all).containsExactly(parse(CDR_12345, CDR.class), parse(CDR_12346, CDR.class));
        assertCall(take(server), "GET", "/ocpi/2.2.1/cdrs");
        assertCall(take(server), "GET", "/ocpi/2.2.1/cdrs?offset=1&limit=1");
    }

    // ---- Receiver interface, [[mod_cdrs_emsp_interface]]

    @Test
    void postSendsTheCdrAndReturnsTheLocationHeader() {
        // [[mod_cdrs_post_method]]: POST {cdr_endpoint_url} with the CDR; [[mod_cdrs_response_headers]]: Location
        CdrsReceiverClient emsp = emsp();
        String stored = url(server, "/ocpi/emsp/2.2.1/cdrs/123456");
        server.enqueue(envelope(200, 1000, null).setHeader("Location", stored).build());

        String location = emsp.post(parse(CDR_12345, CDR.class));

        RecordedRequest request = take(server);
        assertCall(request, "POST", "/ocpi/2.2.1/cdrs");
        assertJsonBody(request, CDR_12345);
        assertThat(location).isEqualTo(stored);
    }

    @Test
    void postResolvesARelativeLocationAgainstTheRequestUrl() {
        // [[mod_cdrs_response_headers]]: Location is a URL; a relative one is resolved as HTTP does
        CdrsReceiverClient emsp = emsp();
        server.enqueue(envelope(201, 1000, null)
                .setHeader("Location", "/ocpi/emsp/2.2.1/cdrs/123456")
                .build());

        String location = emsp.post(parse(CDR_12345, CDR.class));

        assertCall(take(server), "POST", "/ocpi/2.2.1/cdrs");
        assertThat(location).isEqualTo(url(server, "/ocpi/emsp/2.2.1/cdrs/123456"));
    }

    @Test
    void postResolvesALocationRelativeToTheEndpointPath() {
        CdrsReceiverClient emsp = emsp();
        server.enqueue(
                envelope(200, 1000, null).setHeader("Location", "cdrs/77").build());

        String location = emsp.post(parse(CDR_12345, CDR.class));

        assertCall(take(server), "POST", "/ocpi/2.2.1/cdrs");
        assertThat(location).isEqualTo(url(server, "/ocpi/2.2.1/cdrs/77"));
    }

    @Test
    void postWithoutLocationIsUnreadable() {
        // [[mod_cdrs_response_headers]]: Location is required
        CdrsReceiverClient emsp = emsp();
        server.enqueue(ok());

        assertThatThrownBy(() -> emsp.post(parse(CDR_12345, CDR.class)))
                .isInstanceOfSatisfying(OcpiUnreadableResponseException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(200);
                    assertThat(e.violations()).extracting(Violation::path).containsExactly("Location");
                    assertThat(e.method()).isEqualTo("POST");
                    assertThat(e.url()).isEqualTo(url(server, "/ocpi/2.2.1/cdrs"));
                });
        assertCall(take(server), "POST", "/ocpi/2.2.1/cdrs");
        assertThat(server.getRequestCount()).as("a POST is not sent twice").isEqualTo(3);
    }

    @Test
    void getReturnsTheCdrAtTheUrlThePostReturned() {
        // [[mod_cdrs_msp_get_method]], [[mod_cdrs_response_url]]: the URL from the POST's Location
        CdrsReceiverClient emsp = emsp();
        server.enqueue(ok(CDR_12345));

        Optional<CDR> cdr = emsp.cdr(url(server, "/ocpi/emsp/2.2.1/cdrs/123456"));

        RecordedRequest request = take(server);
        assertCall(request, "GET", "/ocpi/emsp/2.2.1/cdrs/123456");
        assertNoBody(request);
        assertThat(cdr).contains(parse(CDR_12345, CDR.class));
    }

    @Test
    void getOfAnUnknownCdrIsEmpty() {
        CdrsReceiverClient emsp = emsp();
        server.enqueue(notFound());

        assertThat(emsp.cdr(url(server, "/ocpi/emsp/2.2.1/cdrs/999"))).isEmpty();
        assertCall(take(server), "GET", "/ocpi/emsp/2.2.1/cdrs/999");
    }

    @Test
    void aCdrWithoutChargingPeriodsIsRejectedBeforeAnyRequest() {
        // [[mod_cdrs_cdr_object]]: charging_periods has cardinality +
        CdrsReceiverClient emsp = emsp();
        CDR broken = parse(CDR_12345, CDR.class).toBuilder()
                .chargingPeriods(List.of())
                .build();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(server, () -> emsp.post(broken));
        assertThat(e.violations()).extracting(Violation::path).contains("charging_periods");
    }

    // ---- endpoints the partner lacks

    @Test
    void aPartnerWithoutTheSenderEndpointGivesANegotiationError() {
        Partner partner = connect(server, receiver("cdrs"));

        assertNoEndpoint(() -> partner.v221().cdrsSender(), "cdrs", "SENDER");
    }

    @Test
    void aPartnerWithoutTheReceiverEndpointGivesANegotiationError() {
        Partner partner = connect(server, sender("cdrs"));

        assertNoEndpoint(() -> partner.v221().cdrsReceiver(), "cdrs", "RECEIVER");
    }
}
