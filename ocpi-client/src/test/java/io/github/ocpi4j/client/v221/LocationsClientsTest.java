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
import static io.github.ocpi4j.client.v221.Fixture.read;
import static io.github.ocpi4j.client.v221.Fixture.receiver;
import static io.github.ocpi4j.client.v221.Fixture.sender;
import static io.github.ocpi4j.client.v221.Fixture.take;
import static io.github.ocpi4j.client.v221.Fixture.url;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.ConnectorPatch;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.EVSEPatch;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.LocationPatch;
import io.github.ocpi4j.model.v221.locations.Status;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** {@link LocationsSenderClient} and {@link LocationsReceiverClient} against {@code mod_locations.asciidoc}. */
class LocationsClientsTest {
    private static final String LOCATION = example("location_example.json");
    private static final String LOCATION_2 = example("location_example_uc2_destination_charger.json");
    private static final String EVSE_3256 = example("location_example.json", "/evses/0");
    private static final String CONNECTOR_1 = example("location_example.json", "/evses/0/connectors/0");

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private LocationsSenderClient cpo() {
        return connect(server, sender("locations")).v221().locationsSender();
    }

    private LocationsReceiverClient emsp() {
        return connect(server, receiver("locations")).v221().locationsReceiver();
    }

    // ---- Sender interface, [[mod_locations_cpo_interface]]

    @Test
    void getListSendsThePaginationParametersAndReadsThePaginationHeaders() {
        // [[mod_locations_get_list_request_parameters]], [[transport_and_format_paginated_response]]
        LocationsSenderClient cpo = cpo();
        String next = url(server, "/ocpi/2.2.1/locations?offset=1&limit=1&date_from=2019-03-04T09:30:00Z");
        server.enqueue(envelope(200, 1000, array(LOCATION))
                .setHeader("X-Total-Count", "2")
                .setHeader("X-Limit", "1")
                .setHeader("Link", "<" + next + ">; rel=\"next\"")
                .build());

        Page<Location> page = cpo.page(ListQuery.all()
                .dateFrom(Instant.parse("2019-03-04T09:30:00Z"))
                .dateTo(Instant.parse("2019-03-05T09:30:00Z"))
                .offset(0)
                .limit(1));

        RecordedRequest request = take(server);
        assertCall(
                request,
                "GET",
                "/ocpi/2.2.1/locations?date_from=2019-03-04T09:30:00Z&date_to=2019-03-05T09:30:00Z&offset=0&limit=1");
        assertNoBody(request);
        assertThat(page.items()).containsExactly(parse(LOCATION, Location.class));
        assertThat(page.totalCount()).isEqualTo(2);
        assertThat(page.limit()).isEqualTo(1);
        assertThat(page.nextUrl()).isEqualTo(next);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void getListWithoutParametersSendsNoneAndALastPageHasNoNext() {
        // [[transport_and_format_paginated_request]]: every parameter may be omitted
        LocationsSenderClient cpo = cpo();
        server.enqueue(envelope(200, 1000, "[]")
                .setHeader("X-Total-Count", "0")
                .setHeader("X-Limit", "50")
                .build());

        Page<Location> page = cpo.page(ListQuery.all());

        assertCall(take(server), "GET", "/ocpi/2.2.1/locations");
        assertThat(page.items()).isEmpty();
        assertThat(page.totalCount()).isZero();
        assertThat(page.limit()).isEqualTo(50);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void getListAtANextLinkFetchesThatUrlAsGiven() {
        // [[transport_and_format_pagination_examples]]: the next link carries the filters
        LocationsSenderClient cpo = cpo();
        String next = url(server, "/ocpi/2.2.1/locations?offset=1&limit=1&date_from=2019-03-04T09:30:00Z");
        server.enqueue(envelope(200, 1000, array(LOCATION_2))
                .setHeader("X-Total-Count", "2")
                .setHeader("X-Limit", "1")
                .build());

        Page<Location> page = cpo.page(next);

        assertCall(take(server), "GET", "/ocpi/2.2.1/locations?offset=1&limit=1&date_from=2019-03-04T09:30:00Z");
        assertThat(page.items()).containsExactly(parse(LOCATION_2, Location.class));
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void streamFollowsTheNextLinksOverEveryPage() {
        // [[transport_and_format_paginated_response]]: the client crawls the 'next' page links
        LocationsSenderClient cpo = cpo();
        server.enqueue(envelope(200, 1000, array(LOCATION))
                .setHeader("X-Total-Count", "2")
                .setHeader("X-Limit", "1")
                .setHeader("Link", "</ocpi/2.2.1/locations?offset=1&limit=1>; rel=\"next\"")
                .build());
        server.enqueue(envelope(200, 1000, array(LOCATION_2))
                .setHeader("X-Total-Count", "2")
                .setHeader("X-Limit", "1")
                .build());

        List<Location> all = cpo.stream(ListQuery.all()).toList();

        assertThat(all).containsExactly(parse(LOCATION, Location.class), parse(LOCATION_2, Location.class));
        assertCall(take(server), "GET", "/ocpi/2.2.1/locations");
        assertCall(take(server), "GET", "/ocpi/2.2.1/locations?offset=1&limit=1");
    }

    @Test
    void getObjectReturnsTheLocation() {
        // [[mod_locations_get_object_request_parameters]]: {locations_endpoint_url}/{location_id}
        LocationsSenderClient cpo = cpo();
        server.enqueue(ok(LOCATION));

        Optional<Location> location = cpo.location("LOC1");

        RecordedRequest request = take(server);
        assertCall(request, "GET", "/ocpi/2.2.1/locations/LOC1");
        assertNoBody(request);
        assertThat(location).contains(parse(LOCATION, Location.class));
    }

    @Test
    void getObjectOfAnUnknownLocationIsEmpty() {
        LocationsSenderClient cpo = cpo();
        server.enqueue(notFound());

        assertThat(cpo.location("LOC9")).isEmpty();
        assertCall(take(server), "GET", "/ocpi/2.2.1/locations/LOC9");
    }

    @Test
    void getObjectAnsweredWithoutDataIsEmpty() {
        LocationsSenderClient cpo = cpo();
        server.enqueue(ok());

        assertThat(cpo.location("LOC1")).isEmpty();
        assertCall(take(server), "GET", "/ocpi/2.2.1/locations/LOC1");
    }

    @Test
    void getObjectReturnsTheEvse() {
        // [[mod_locations_get_object_request_parameters]]: .../{location_id}/{evse_uid}
        LocationsSenderClient cpo = cpo();
        server.enqueue(ok(EVSE_3256));

        Optional<EVSE> evse = cpo.evse("LOC1", "3256");

        assertCall(take(server), "GET", "/ocpi/2.2.1/locations/LOC1/3256");
        assertThat(evse).contains(parse(EVSE_3256, EVSE.class));
    }

    @Test
    void getObjectOfAnUnknownEvseIsEmpty() {
        LocationsSenderClient cpo = cpo();
        server.enqueue(notFound());

        assertThat(cpo.evse("LOC1", "9999")).isEmpty();
        assertCall(take(server), "GET", "/ocpi/2.2.1/locations/LOC1/9999");
    }

    @Test
    void getObjectReturnsTheConnector() {
        // [[mod_locations_get_object_request_parameters]]: .../{location_id}/{evse_uid}/{connector_id}
        LocationsSenderClient cpo = cpo();
        server.enqueue(ok(CONNECTOR_1));

        Optional<Connector> connector = cpo.connector("LOC1", "3256", "1");

        assertCall(take(server), "GET", "/ocpi/2.2.1/locations/LOC1/3256/1");
        assertThat(connector).contains(parse(CONNECTOR_1, Connector.class));
    }

    @Test
    void getObjectOfAnUnknownConnectorIsEmpty() {
        LocationsSenderClient cpo = cpo();
        server.enqueue(notFound());

        assertThat(cpo.connector("LOC1", "3256", "9")).isEmpty();
        assertCall(take(server), "GET", "/ocpi/2.2.1/locations/LOC1/3256/9");
    }

    @Test
    void idsAreEncodedAsOneUrlSegment() {
        // [[mod_locations_get_object_request_parameters]]: each parameter is one URL segment
        LocationsSenderClient cpo = cpo();
        server.enqueue(notFound());

        cpo.location("LOC 1/2");

        assertCall(take(server), "GET", "/ocpi/2.2.1/locations/LOC%201%2F2");
    }

    // ---- Receiver interface, [[mod_locations_emsp_interface]]

    @Test
    void receiverGetReturnsTheLocationAsStored() {
        // [[mod_locations_get_method_eMSP]]: {locations_endpoint_url}/{country_code}/{party_id}/{location_id}
        LocationsReceiverClient emsp = emsp();
        server.enqueue(ok(LOCATION));

        Optional<Location> location = emsp.location("BE", "BEC", "LOC1");

        RecordedRequest request = take(server);
        assertCall(request, "GET", "/ocpi/2.2.1/locations/BE/BEC/LOC1");
        assertNoBody(request);
        assertThat(location).contains(parse(LOCATION, Location.class));
    }

    @Test
    void receiverGetOfAnUnknownLocationIsEmpty() {
        LocationsReceiverClient emsp = emsp();
        server.enqueue(notFound());

        assertThat(emsp.location("BE", "BEC", "LOC9")).isEmpty();
        assertCall(take(server), "GET", "/ocpi/2.2.1/locations/BE/BEC/LOC9");
    }

    @Test
    void receiverGetReturnsTheEvseAsStored() {
        LocationsReceiverClient emsp = emsp();
        server.enqueue(ok(EVSE_3256));

        Optional<EVSE> evse = emsp.evse("BE", "BEC", "LOC1", "3256");

        assertCall(take(server), "GET", "/ocpi/2.2.1/locations/BE/BEC/LOC1/3256");
        assertThat(evse).contains(parse(EVSE_3256, EVSE.class));
    }

    @Test
    void receiverGetOfAnUnknownEvseIsEmpty() {
        LocationsReceiverClient emsp = emsp();
        server.enqueue(notFound());

        assertThat(emsp.evse("BE", "BEC", "LOC1", "9999")).isEmpty();
        assertCall(take(server), "GET", "/ocpi/2.2.1/locations/BE/BEC/LOC1/9999");
    }

    @Test
    void receiverGetReturnsTheConnectorAsStored() {
        LocationsReceiverClient emsp = emsp();
        server.enqueue(ok(CONNECTOR_1));

        Optional<Connector> connector = emsp.connector("BE", "BEC", "LOC1", "3256", "1");

        assertCall(take(server), "GET", "/ocpi/2.2.1/locations/BE/BEC/LOC1/3256/1");
        assertThat(connector).contains(parse(CONNECTOR_1, Connector.class));
    }

    @Test
    void receiverGetOfAnUnknownConnectorIsEmpty() {
        LocationsReceiverClient emsp = emsp();
        server.enqueue(notFound());

        assertThat(emsp.connector("BE", "BEC", "LOC1", "3256", "9")).isEmpty();
        assertCall(take(server), "GET", "/ocpi/2.2.1/locations/BE/BEC/LOC1/3256/9");
    }

    @Test
    void putSendsTheLocationToTheUrlOfItsCountryCodePartyIdAndId() {
        // [[mod_locations_put_method]], [[mod_locations_request_parameters_msp]]: country_code and party_id SHALL be
        // those of the Location pushed
        LocationsReceiverClient emsp = emsp();
        server.enqueue(ok());

        emsp.put(parse(LOCATION, Location.class));

        assertJsonCall(take(server), "PUT", "/ocpi/2.2.1/locations/BE/BEC/LOC1", LOCATION);
    }

    @Test
    void putAnsweredWith201CreatedSucceeds() {
        // [[status_codes_status_codes]]: HTTP 201 when the object has been newly created
        LocationsReceiverClient emsp = emsp();
        server.enqueue(envelope(201, 1000, null).build());

        emsp.put(parse(LOCATION_2, Location.class));

        assertJsonCall(
                take(server), "PUT", "/ocpi/2.2.1/locations/NL/ALF/3e7b39c2-10d0-4138-a8b3-8509a25f9920", LOCATION_2);
    }

    @Test
    void putEvseSendsTheEvseToTheUrlOfItsLocationAndUid() {
        // [[mod_locations_put_method]]: .../{location_id}/{evse_uid} with the EVSE object
        LocationsReceiverClient emsp = emsp();
        server.enqueue(ok());

        emsp.putEvse("BE", "BEC", "LOC1", parse(EVSE_3256, EVSE.class));

        assertJsonCall(take(server), "PUT", "/ocpi/2.2.1/locations/BE/BEC/LOC1/3256", EVSE_3256);
    }

    @Test
    void putConnectorSendsTheConnectorToTheUrlOfItsEvseAndId() {
        // [[mod_locations_put_method]]: .../{location_id}/{evse_uid}/{connector_id} with the Connector object
        LocationsReceiverClient emsp = emsp();
        server.enqueue(ok());

        emsp.putConnector("BE", "BEC", "LOC1", "3256", parse(CONNECTOR_1, Connector.class));

        assertJsonCall(take(server), "PUT", "/ocpi/2.2.1/locations/BE/BEC/LOC1/3256/1", CONNECTOR_1);
    }

    @Test
    void patchSendsTheChangedFieldsOfALocation() {
        // [[mod_locations_example_change_the_location_name]]: PATCH .../locations/NL/TNM/1012
        LocationsReceiverClient emsp = emsp();
        server.enqueue(ok());

        emsp.patch("NL", "TNM", "1012", read("location_patch_example_location.json", LocationPatch.class));

        assertJsonCall(
                take(server),
                "PATCH",
                "/ocpi/2.2.1/locations/NL/TNM/1012",
                example("location_patch_example_location.json"));
    }

    @Test
    void patchEvseSendsAStatusUpdate() {
        // [[mod_locations_example_a_simple_status_update]]: PATCH .../locations/NL/TNM/1012/3255
        LocationsReceiverClient emsp = emsp();
        server.enqueue(ok());

        emsp.patchEvse("NL", "TNM", "1012", "3255", read("location_patch_example_status.json", EVSEPatch.class));

        assertJsonCall(
                take(server),
                "PATCH",
                "/ocpi/2.2.1/locations/NL/TNM/1012/3255",
                example("location_patch_example_status.json"));
    }

    @Test
    void patchEvseBuiltInCodeSendsOnlyItsFields() {
        // [[mod_locations_example_delete_an_evse]]: an EVSE is deleted by setting its status to REMOVED
        LocationsReceiverClient emsp = emsp();
        server.enqueue(ok());

        emsp.patchEvse(
                "NL",
                "TNM",
                "1012",
                "3256",
                EVSEPatch.builder()
                        .status(Status.REMOVED)
                        .lastUpdated(Instant.parse("2019-06-24T12:39:09Z"))
                        .build());

        assertJsonCall(
                take(server),
                "PATCH",
                "/ocpi/2.2.1/locations/NL/TNM/1012/3256",
                example("location_patch_example_remove_evse.json"));
    }

    @Test
    void patchConnectorSendsNewTariffs() {
        // [[mod_locations_example_set_tariff_update]]: PATCH .../locations/NL/TNM/1012/3255/2
        LocationsReceiverClient emsp = emsp();
        server.enqueue(ok());

        emsp.patchConnector(
                "NL", "TNM", "1012", "3255", "2", read("location_patch_example_tariff.json", ConnectorPatch.class));

        assertJsonCall(
                take(server),
                "PATCH",
                "/ocpi/2.2.1/locations/NL/TNM/1012/3255/2",
                example("location_patch_example_tariff.json"));
    }

    @Test
    void putAcceptsAnAnswerWithData() {
        // [[transport_and_format_response_format]]: accept the data field absent or with any value
        LocationsReceiverClient emsp = emsp();
        server.enqueue(ok("{\"anything\": [1, 2]}"));

        emsp.put(parse(LOCATION, Location.class));

        assertCall(take(server), "PUT", "/ocpi/2.2.1/locations/BE/BEC/LOC1");
    }

    // ---- rejected before sending

    @Test
    void aLocationWithoutAddressIsRejectedBeforeAnyRequest() {
        // [[mod_locations_location_object]]: address is required (card. 1)
        LocationsReceiverClient emsp = emsp();
        Location withoutAddress =
                parse(LOCATION, Location.class).toBuilder().address(null).build();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(server, () -> emsp.put(withoutAddress));
        assertThat(e.violations()).contains(new Violation("address", "required"));
    }

    @Test
    void theSpecificationsInvalidEvseExampleIsRejectedBeforeAnyRequest() {
        // [[mod_locations_example_add_an_evse]]: its example breaks [[mod_locations_evse_object]] and
        // [[mod_locations_connector_object]] (physical_reference is a number, connectors lack required fields)
        LocationsReceiverClient emsp = emsp();
        EVSE broken = OcpiJson.instance()
                .read(example("location_put_example_add_evse.json"), EVSE.class)
                .value()
                .orElseThrow();

        assertRejectedBeforeAnyRequest(server, () -> emsp.putEvse("NL", "TNM", "1012", broken));
    }

    @Test
    void aConnectorWithoutPowerTypeIsRejectedBeforeAnyRequest() {
        // [[mod_locations_connector_object]]: power_type is required
        LocationsReceiverClient emsp = emsp();
        Connector broken =
                parse(CONNECTOR_1, Connector.class).toBuilder().powerType(null).build();

        OcpiValidationException e =
                assertRejectedBeforeAnyRequest(server, () -> emsp.putConnector("BE", "BEC", "LOC1", "3256", broken));
        assertThat(e.violations()).contains(new Violation("power_type", "required"));
    }

    @Test
    void aPatchWithoutLastUpdatedIsRejectedBeforeAnyRequest() {
        // [[mod_locations_patch_method]]: every PATCH body must carry last_updated
        LocationsReceiverClient emsp = emsp();
        EVSEPatch withoutLastUpdated =
                EVSEPatch.builder().status(Status.CHARGING).build();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(
                server, () -> emsp.patchEvse("NL", "TNM", "1012", "3255", withoutLastUpdated));
        assertThat(e.violations()).contains(new Violation("last_updated", "required"));
    }

    // ---- endpoints the partner lacks

    @Test
    void aPartnerWithoutTheSenderEndpointGivesANegotiationError() {
        Partner partner = connect(server, receiver("locations"));

        assertNoEndpoint(() -> partner.v221().locationsSender(), "locations", "SENDER");
    }

    @Test
    void aPartnerWithoutTheReceiverEndpointGivesANegotiationError() {
        Partner partner = connect(server, sender("locations"));

        assertNoEndpoint(() -> partner.v221().locationsReceiver(), "locations", "RECEIVER");
    }
}
