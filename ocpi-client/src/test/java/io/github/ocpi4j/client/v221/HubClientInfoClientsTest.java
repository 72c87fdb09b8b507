package io.github.ocpi4j.client.v221;

import static io.github.ocpi4j.client.v221.Fixture.array;
import static io.github.ocpi4j.client.v221.Fixture.assertCall;
import static io.github.ocpi4j.client.v221.Fixture.assertJsonCall;
import static io.github.ocpi4j.client.v221.Fixture.assertNoBody;
import static io.github.ocpi4j.client.v221.Fixture.assertNoEndpoint;
import static io.github.ocpi4j.client.v221.Fixture.assertRejectedBeforeAnyRequest;
import static io.github.ocpi4j.client.v221.Fixture.connect;
import static io.github.ocpi4j.client.v221.Fixture.envelope;
import static io.github.ocpi4j.client.v221.Fixture.notFound;
import static io.github.ocpi4j.client.v221.Fixture.ok;
import static io.github.ocpi4j.client.v221.Fixture.receiver;
import static io.github.ocpi4j.client.v221.Fixture.sender;
import static io.github.ocpi4j.client.v221.Fixture.take;
import static io.github.ocpi4j.client.v221.Fixture.url;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.hubclientinfo.ClientInfo;
import io.github.ocpi4j.model.v221.hubclientinfo.ConnectionStatus;
import io.github.ocpi4j.model.v221.types.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * {@link HubClientInfoReceiverClient} and {@link HubClientInfoSenderClient} against {@code
 * mod_hub_client_info.asciidoc}.
 */
class HubClientInfoClientsTest {
    /** The object of "Example: put a new ClientInfo object", with the last_updated that the object requires. */
    private static final String NL_ALL = """
            {"party_id": "ALL", "country_code": "NL", "status": "PLANNED", "role": "CPO",
             "last_updated": "2019-06-24T12:39:09Z"}""";

    private static final String DE_ABC = """
            {"country_code": "DE", "party_id": "ABC", "role": "EMSP", "status": "CONNECTED",
             "last_updated": "2019-06-25T08:00:00Z"}""";
    private static final ClientInfo NL_ALL_INFO = ClientInfo.builder()
            .countryCode("NL")
            .partyId("ALL")
            .role(Role.CPO)
            .status(ConnectionStatus.PLANNED)
            .lastUpdated(Instant.parse("2019-06-24T12:39:09Z"))
            .build();
    private static final ClientInfo DE_ABC_INFO = ClientInfo.builder()
            .countryCode("DE")
            .partyId("ABC")
            .role(Role.EMSP)
            .status(ConnectionStatus.CONNECTED)
            .lastUpdated(Instant.parse("2019-06-25T08:00:00Z"))
            .build();

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private HubClientInfoSenderClient hub() {
        return connect(server, sender("hubclientinfo")).v221().hubClientInfoSender();
    }

    private HubClientInfoReceiverClient party() {
        return connect(server, receiver("hubclientinfo")).v221().hubClientInfoReceiver();
    }

    // ---- Receiver interface, [[mod_hub_client_info_client_interface]]

    @Test
    void getReturnsTheClientInfoAsStored() {
        // [[mod_hub_client_info_client_get]]: {endpoint}/{country_code}/{party_id}
        HubClientInfoReceiverClient party = party();
        server.enqueue(ok(NL_ALL));

        Optional<ClientInfo> info = party.clientInfo("NL", "ALL");

        RecordedRequest request = take(server);
        assertCall(request, "GET", "/ocpi/2.2.1/hubclientinfo/NL/ALL");
        assertNoBody(request);
        assertThat(info).contains(NL_ALL_INFO);
    }

    @Test
    void getOfAnUnknownClientInfoIsEmpty() {
        HubClientInfoReceiverClient party = party();
        server.enqueue(notFound());

        assertThat(party.clientInfo("NL", "XXX")).isEmpty();
        assertCall(take(server), "GET", "/ocpi/2.2.1/hubclientinfo/NL/XXX");
    }

    @Test
    void putSendsTheClientInfoToTheUrlOfItsCountryCodeAndPartyId() {
        // [[mod_hub_client_info_client_put]]: "Example: put a new ClientInfo object", PUT .../clientinfo/NL/ALL
        HubClientInfoReceiverClient party = party();
        server.enqueue(ok());

        party.put(NL_ALL_INFO);

        assertJsonCall(take(server), "PUT", "/ocpi/2.2.1/hubclientinfo/NL/ALL", NL_ALL);
    }

    @Test
    void putOfASuspendedParty() {
        // [[mod_hub_client_info_push_model]]: an invalidated ClientInfo is PUT with status SUSPENDED
        HubClientInfoReceiverClient party = party();
        server.enqueue(ok());

        party.put(DE_ABC_INFO.toBuilder().status(ConnectionStatus.SUSPENDED).build());

        assertJsonCall(
                take(server), "PUT", "/ocpi/2.2.1/hubclientinfo/DE/ABC", DE_ABC.replace("CONNECTED", "SUSPENDED"));
    }

    @Test
    void aClientInfoWithATooLongPartyIdIsRejectedBeforeAnyRequest() {
        // [[mod_hub_client_info_hub_client_info_object]]: party_id is CiString(3)
        HubClientInfoReceiverClient party = party();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(
                server, () -> party.put(NL_ALL_INFO.toBuilder().partyId("ALLX").build()));
        assertThat(e.violations()).extracting(Violation::path).contains("party_id");
    }

    @Test
    void aClientInfoWithoutLastUpdatedIsRejectedBeforeAnyRequest() {
        // [[mod_hub_client_info_hub_client_info_object]]: last_updated is required (the spec's PUT example lacks it)
        HubClientInfoReceiverClient party = party();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(
                server,
                () -> party.put(NL_ALL_INFO.toBuilder().lastUpdated(null).build()));
        assertThat(e.violations()).containsExactly(new Violation("last_updated", "required"));
    }

    @Test
    void aPartnerWithoutTheReceiverEndpointGivesANegotiationError() {
        Partner partner = connect(server, sender("hubclientinfo"));

        assertNoEndpoint(() -> partner.v221().hubClientInfoReceiver(), "hubclientinfo", "RECEIVER");
    }

    // ---- Sender interface, [[mod_hub_client_info_hub_interface]]

    @Test
    void getListSendsThePaginationParametersAndReadsThePaginationHeaders() {
        // [[mod_hub_client_info_hub_get]], [[transport_and_format_paginated_response]]
        HubClientInfoSenderClient hub = hub();
        String next = url(server, "/ocpi/2.2.1/hubclientinfo?offset=2&limit=2&date_from=2019-03-04T09:30:00Z");
        server.enqueue(envelope(200, 1000, array(NL_ALL, DE_ABC))
                .setHeader("X-Total-Count", "3")
                .setHeader("X-Limit", "2")
                .setHeader("Link", "<" + next + ">; rel=\"next\"")
                .build());

        Page<ClientInfo> page = hub.page(ListQuery.all()
                .dateFrom(Instant.parse("2019-03-04T09:30:00Z"))
                .dateTo(Instant.parse("2019-03-05T09:30:00Z"))
                .limit(2));

        RecordedRequest request = take(server);
        assertCall(
                request,
                "GET",
                "/ocpi/2.2.1/hubclientinfo?date_from=2019-03-04T09:30:00Z&date_to=2019-03-05T09:30:00Z&limit=2");
        assertNoBody(request);
        assertThat(page.items()).containsExactly(NL_ALL_INFO, DE_ABC_INFO);
        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.nextUrl()).isEqualTo(next);
    }

    @Test
    void getListAtANextLinkFetchesThatUrlAsGiven() {
        HubClientInfoSenderClient hub = hub();
        server.enqueue(envelope(200, 1000, array(DE_ABC))
                .setHeader("X-Total-Count", "3")
                .setHeader("X-Limit", "2")
                .build());

        Page<ClientInfo> page =
                hub.page(url(server, "/ocpi/2.2.1/hubclientinfo?offset=2&limit=2&date_from=2019-03-04T09:30:00Z"));

        assertCall(take(server), "GET", "/ocpi/2.2.1/hubclientinfo?offset=2&limit=2&date_from=2019-03-04T09:30:00Z");
        assertThat(page.items()).containsExactly(DE_ABC_INFO);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void streamFollowsTheNextLinksOverEveryPage() {
        // [[mod_hub_client_info_pull_model]]: the full list at start-up
        HubClientInfoSenderClient hub = hub();
        server.enqueue(envelope(200, 1000, array(NL_ALL))
                .setHeader("X-Total-Count", "2")
                .setHeader("X-Limit", "1")
                .setHeader("Link", "<" + url(server, "/ocpi/2.2.1/hubclientinfo?offset=1&limit=1") + ">; rel=\"next\"")
                .build());
        server.enqueue(envelope(200, 1000, array(DE_ABC))
                .setHeader("X-Total-Count", "2")
                .setHeader("X-Limit", "1")
                .build());

        List<ClientInfo> all = hub.stream(ListQuery.all()).toList();

        assertThat(all).containsExactly(NL_ALL_INFO, DE_ABC_INFO);
        assertCall(take(server), "GET", "/ocpi/2.2.1/hubclientinfo");
        assertCall(take(server), "GET", "/ocpi/2.2.1/hubclientinfo?offset=1&limit=1");
    }

    @Test
    void aPartnerWithoutTheSenderEndpointGivesANegotiationError() {
        Partner partner = connect(server, receiver("hubclientinfo"));

        assertNoEndpoint(() -> partner.v221().hubClientInfoSender(), "hubclientinfo", "SENDER");
    }
}
