package io.github.ocpi4j.client.v221;

import static io.github.ocpi4j.client.v221.Fixture.array;
import static io.github.ocpi4j.client.v221.Fixture.assertCall;
import static io.github.ocpi4j.client.v221.Fixture.assertJsonBody;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.OcpiUnreadableResponseException;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v221.sessions.ProfileType;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionPatch;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** {@link SessionsSenderClient} and {@link SessionsReceiverClient} against {@code mod_sessions.asciidoc}. */
class SessionsClientsTest {
    private static final String STARTING = example("session_example_1_simple_start.json");
    private static final String FINISHED = example("session_example_2_short_finished.json");
    private static final Instant FROM = Instant.parse("2019-03-04T09:30:00Z");

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private SessionsSenderClient cpo() {
        return connect(server, sender("sessions")).v221().sessionsSender();
    }

    private SessionsReceiverClient emsp() {
        return connect(server, receiver("sessions")).v221().sessionsReceiver();
    }

    // ---- Sender interface, [[mod_sessions_cpo_interface]]

    @Test
    void getListSendsThePaginationParametersAndReadsThePaginationHeaders() {
        // [[mod_sessions_cpo_get_request_parameters]], [[transport_and_format_paginated_response]]
        SessionsSenderClient cpo = cpo();
        String next = url(server, "/ocpi/2.2.1/sessions?offset=10&limit=10&date_from=2019-03-04T09:30:00Z");
        server.enqueue(envelope(200, 1000, array(STARTING, FINISHED))
                .setHeader("X-Total-Count", "25")
                .setHeader("X-Limit", "10")
                .setHeader("Link", "<" + next + ">; rel=\"next\"")
                .build());

        Page<Session> page = cpo.page(ListQuery.all()
                .dateFrom(FROM)
                .dateTo(Instant.parse("2019-03-05T09:30:00Z"))
                .limit(10));

        RecordedRequest request = take(server);
        assertCall(
                request,
                "GET",
                "/ocpi/2.2.1/sessions?date_from=2019-03-04T09:30:00Z&date_to=2019-03-05T09:30:00Z&limit=10");
        assertNoBody(request);
        assertThat(page.items()).containsExactly(parse(STARTING, Session.class), parse(FINISHED, Session.class));
        assertThat(page.totalCount()).isEqualTo(25);
        assertThat(page.limit()).isEqualTo(10);
        assertThat(page.nextUrl()).isEqualTo(next);
    }

    @Test
    void getListWithoutDateFromIsRejectedBeforeAnyRequest() {
        // [[mod_sessions_cpo_get_request_parameters]]: date_from is required (unlike the other modules' lists)
        SessionsSenderClient cpo = cpo();
        int before = server.getRequestCount();

        assertThatThrownBy(() -> cpo.page(ListQuery.all().limit(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date_from");
        assertThatThrownBy(() -> cpo.stream(ListQuery.all()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date_from");
        assertThat(server.getRequestCount()).isEqualTo(before);
    }

    @Test
    void getListAtANextLinkFetchesThatUrlAsGiven() {
        SessionsSenderClient cpo = cpo();
        String next = url(server, "/ocpi/2.2.1/sessions?offset=10&limit=10&date_from=2019-03-04T09:30:00Z");
        server.enqueue(envelope(200, 1000, array(FINISHED))
                .setHeader("X-Total-Count", "11")
                .setHeader("X-Limit", "10")
                .build());

        Page<Session> page = cpo.page(next);

        assertCall(take(server), "GET", "/ocpi/2.2.1/sessions?offset=10&limit=10&date_from=2019-03-04T09:30:00Z");
        assertThat(page.items()).containsExactly(parse(FINISHED, Session.class));
        assertThat(page.totalCount()).isEqualTo(11);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void streamFollowsTheNextLinksAndKeepsDateFrom() {
        // [[transport_and_format_paginated_response]]; the next link here drops date_from, which is required
        SessionsSenderClient cpo = cpo();
        server.enqueue(envelope(200, 1000, array(STARTING))
                .setHeader("X-Total-Count", "2")
                .setHeader("X-Limit", "1")
                .setHeader("Link", "<" + url(server, "/ocpi/2.2.1/sessions?offset=1&limit=1") + ">; rel=\"next\"")
                .build());
        server.enqueue(envelope(200, 1000, array(FINISHED))
                .setHeader("X-Total-Count", "2")
                .setHeader("X-Limit", "1")
                .build());

        List<Session> all = cpo.stream(ListQuery.all().dateFrom(FROM)).toList();

        assertThat(all).containsExactly(parse(STARTING, Session.class), parse(FINISHED, Session.class));
        assertCall(take(server), "GET", "/ocpi/2.2.1/sessions?date_from=2019-03-04T09:30:00Z");
        assertCall(take(server), "GET", "/ocpi/2.2.1/sessions?offset=1&limit=1&date_from=2019-03-04T09:30:00Z");
    }

    @Test
    void setChargingPreferencesPutsThemAndReturnsTheAnswer() {
        // [[mod_sessions_cpo_put_method]]: PUT {sessions_endpoint_url}/{session_id}/charging_preferences with a
        // ChargingPreferences object; [[mod_sessions_cpo_post_response_data]]: a ChargingPreferencesResponse value
        SessionsSenderClient cpo = cpo();
        server.enqueue(ok("\"ACCEPTED\""));
        ChargingPreferences preferences = ChargingPreferences.builder()
                .profileType(ProfileType.FAST)
                .departureTime(Instant.parse("2019-06-24T17:00:00Z"))
                .energyNeed(new BigDecimal("20.5"))
                .dischargeAllowed(false)
                .build();

        ChargingPreferencesResponse answer = cpo.setChargingPreferences("1234", preferences);

        RecordedRequest request = take(server);
        assertCall(request, "PUT", "/ocpi/2.2.1/sessions/1234/charging_preferences");
        assertJsonBody(request, """
                {"profile_type": "FAST", "departure_time": "2019-06-24T17:00:00Z", "energy_need": 20.5,
                 "discharge_allowed": false}""");
        assertThat(answer).isEqualTo(ChargingPreferencesResponse.ACCEPTED);
    }

    @Test
    void setChargingPreferencesReturnsARefusal() {
        // [[mod_sessions_charging_preferences_response_enum]]
        SessionsSenderClient cpo = cpo();
        server.enqueue(ok("\"DEPARTURE_REQUIRED\""));

        ChargingPreferencesResponse answer = cpo.setChargingPreferences(
                "1234",
                ChargingPreferences.builder().profileType(ProfileType.CHEAP).build());

        RecordedRequest request = take(server);
        assertCall(request, "PUT", "/ocpi/2.2.1/sessions/1234/charging_preferences");
        assertJsonBody(request, "{\"profile_type\": \"CHEAP\"}");
        assertThat(answer).isEqualTo(ChargingPreferencesResponse.DEPARTURE_REQUIRED);
    }

    @Test
    void setChargingPreferencesWithoutAnAnswerIsUnreadable() {
        // [[mod_sessions_cpo_post_response_data]]: the ChargingPreferencesResponse has cardinality 1
        SessionsSenderClient cpo = cpo();
        server.enqueue(ok());

        assertThatThrownBy(() -> cpo.setChargingPreferences(
                        "1234",
                        ChargingPreferences.builder()
                                .profileType(ProfileType.GREEN)
                                .build()))
                .isInstanceOf(OcpiUnreadableResponseException.class);
        assertCall(take(server), "PUT", "/ocpi/2.2.1/sessions/1234/charging_preferences");
    }

    @Test
    void setChargingPreferencesOnAnEvseWithoutTheCapabilityIsAnHttpError() {
        // [[mod_sessions_charging_preferences_response_enum]]: an EVSE without CHARGING_PREFERENCES_CAPABLE answers
        // HTTP 404 with OCPI status 2001
        SessionsSenderClient cpo = cpo();
        server.enqueue(envelope(404, 2001, null).build());

        assertThatThrownBy(() -> cpo.setChargingPreferences(
                        "1234",
                        ChargingPreferences.builder()
                                .profileType(ProfileType.FAST)
                                .build()))
                .isInstanceOfSatisfying(OcpiHttpException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS);
                });
        assertCall(take(server), "PUT", "/ocpi/2.2.1/sessions/1234/charging_preferences");
    }

    @Test
    void chargingPreferencesWithoutProfileTypeAreRejectedBeforeAnyRequest() {
        // [[mod_sessions_charging_preferences_object]]: profile_type is required
        SessionsSenderClient cpo = cpo();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(
                server,
                () -> cpo.setChargingPreferences(
                        "1234", ChargingPreferences.builder().build()));
        assertThat(e.violations()).contains(new Violation("profile_type", "required"));
    }

    // ---- Receiver interface, [[mod_sessions_emsp_interface]]

    @Test
    void receiverGetReturnsTheSessionAsStored() {
        // [[mod_sessions_msp_get_request_parameters]]: {sessions_endpoint_url}/{country_code}/{party_id}/{session_id}
        SessionsReceiverClient emsp = emsp();
        server.enqueue(ok(FINISHED));

        Optional<Session> session = emsp.session("BE", "BEC", "101");

        RecordedRequest request = take(server);
        assertCall(request, "GET", "/ocpi/2.2.1/sessions/BE/BEC/101");
        assertNoBody(request);
        assertThat(session).contains(parse(FINISHED, Session.class));
    }

    @Test
    void receiverGetOfAnUnknownSessionIsEmpty() {
        SessionsReceiverClient emsp = emsp();
        server.enqueue(notFound());

        assertThat(emsp.session("BE", "BEC", "999")).isEmpty();
        assertCall(take(server), "GET", "/ocpi/2.2.1/sessions/BE/BEC/999");
    }

    @Test
    void putSendsTheSessionToTheUrlOfItsCountryCodePartyIdAndId() {
        // [[mod_sessions_msp_put_method]], [[mod_sessions_cpo_put_request_parameters]]
        SessionsReceiverClient emsp = emsp();
        server.enqueue(ok());

        emsp.put(parse(STARTING, Session.class));

        assertJsonCall(take(server), "PUT", "/ocpi/2.2.1/sessions/NL/STK/101", STARTING);
    }

    @Test
    void putAcceptsAnAnswerWithData() {
        // [[transport_and_format_response_format]]: for a Session PUT accept data absent or with any value
        SessionsReceiverClient emsp = emsp();
        server.enqueue(ok(FINISHED));

        emsp.put(parse(FINISHED, Session.class));

        assertJsonCall(take(server), "PUT", "/ocpi/2.2.1/sessions/BE/BEC/101", FINISHED);
    }

    @Test
    void patchSendsTheTotalCost() {
        // [[mod_sessions_example_update_the_total_cost]]: PATCH .../sessions/NL/TNM/101
        SessionsReceiverClient emsp = emsp();
        server.enqueue(ok());

        emsp.patch("NL", "TNM", "101", read("session_patch_example_total_cost.json", SessionPatch.class));

        assertJsonCall(
                take(server),
                "PATCH",
                "/ocpi/2.2.1/sessions/NL/TNM/101",
                example("session_patch_example_total_cost.json"));
    }

    @Test
    void patchSendsANewChargingPeriod() {
        // [[mod_sessions_example_add_new_charging_period]]: PATCH .../sessions/NL/TNM/101
        SessionsReceiverClient emsp = emsp();
        server.enqueue(ok());

        emsp.patch("NL", "TNM", "101", read("session_patch_example_charging_period.json", SessionPatch.class));

        assertJsonCall(
                take(server),
                "PATCH",
                "/ocpi/2.2.1/sessions/NL/TNM/101",
                example("session_patch_example_charging_period.json"));
    }

    @Test
    void aSessionWithoutKwhIsRejectedBeforeAnyRequest() {
        // [[mod_sessions_session_object]]: kwh is required
        SessionsReceiverClient emsp = emsp();
        Session broken = parse(STARTING, Session.class).toBuilder().kwh(null).build();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(server, () -> emsp.put(broken));
        assertThat(e.violations()).contains(new Violation("kwh", "required"));
    }

    @Test
    void aPatchWithoutLastUpdatedIsRejectedBeforeAnyRequest() {
        // [[mod_sessions_patch_method]]: every PATCH body must carry last_updated
        SessionsReceiverClient emsp = emsp();
        SessionPatch withoutLastUpdated =
                SessionPatch.builder().kwh(new BigDecimal("15.00")).build();

        OcpiValidationException e =
                assertRejectedBeforeAnyRequest(server, () -> emsp.patch("NL", "TNM", "101", withoutLastUpdated));
        assertThat(e.violations()).contains(new Violation("last_updated", "required"));
    }

    // ---- endpoints the partner lacks

    @Test
    void aPartnerWithoutTheSenderEndpointGivesANegotiationError() {
        Partner partner = connect(server, receiver("sessions"));

        assertNoEndpoint(() -> partner.v221().sessionsSender(), "sessions", "SENDER");
    }

    @Test
    void aPartnerWithoutTheReceiverEndpointGivesANegotiationError() {
        Partner partner = connect(server, sender("sessions"));

        assertNoEndpoint(() -> partner.v221().sessionsReceiver(), "sessions", "RECEIVER");
    }
}
