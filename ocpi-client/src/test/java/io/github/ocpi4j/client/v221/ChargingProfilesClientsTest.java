package io.github.ocpi4j.client.v221;

import static io.github.ocpi4j.client.v221.Fixture.assertCall;
import static io.github.ocpi4j.client.v221.Fixture.assertJsonBody;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.OcpiUnreadableResponseException;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfile;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfilePeriod;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResponse;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResponseType;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResultType;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingRateUnit;
import io.github.ocpi4j.model.v221.chargingprofiles.ClearProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.SetChargingProfile;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * {@link ChargingProfilesReceiverClient} and {@link ChargingProfilesSenderClient} against {@code
 * mod_charging_profiles.asciidoc}.
 */
class ChargingProfilesClientsTest {
    private static final ChargingProfile PROFILE = ChargingProfile.builder()
            .startDateTime(Instant.parse("2019-06-24T12:00:00Z"))
            .duration(900)
            .chargingRateUnit(ChargingRateUnit.W)
            .minChargingRate(new BigDecimal("1500"))
            .chargingProfilePeriod(List.of(
                    ChargingProfilePeriod.builder()
                            .startPeriod(0)
                            .limit(new BigDecimal("11000"))
                            .build(),
                    ChargingProfilePeriod.builder()
                            .startPeriod(600)
                            .limit(new BigDecimal("7400"))
                            .build()))
            .build();
    private static final String PROFILE_JSON = """
            {"start_date_time": "2019-06-24T12:00:00Z", "duration": 900, "charging_rate_unit": "W",
             "min_charging_rate": 1500,
             "charging_profile_period": [{"start_period": 0, "limit": 11000}, {"start_period": 600, "limit": 7400}]}""";
    private static final String ACCEPTED = "{\"result\": \"ACCEPTED\", \"timeout\": 30}";

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private ChargingProfilesReceiverClient cpo() {
        return connect(server, receiver("chargingprofiles")).v221().chargingProfilesReceiver();
    }

    private ChargingProfilesSenderClient scsp() {
        return connect(server, sender("chargingprofiles")).v221().chargingProfilesSender();
    }

    /** A response URL with a query of its own, as in the example of [[mod_charging_profiles_cpo_get_method]]. */
    private String responseUrl() {
        return url(server, "/ocpi/2.2.1/chargingprofile/response?request_id=5678&attempt=1");
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // ---- Receiver interface, [[mod_charging_profiles_cpo_interface]]

    @Test
    void getAsksForTheActiveProfileWithDurationAndResponseUrl() {
        // [[mod_charging_profiles_cpo_get_method]]: GET {endpoint}{session_id}?duration={duration}&response_url={url}
        ChargingProfilesReceiverClient cpo = cpo();
        server.enqueue(ok(ACCEPTED));

        ChargingProfileResponse answer = cpo.activeProfile("SES-4711", 900, responseUrl());

        RecordedRequest request = take(server);
        assertCall(
                request,
                "GET",
                "/ocpi/2.2.1/chargingprofiles/SES-4711?duration=900&response_url=" + encoded(responseUrl()));
        assertThat(request.getUrl().queryParameter("response_url")).isEqualTo(responseUrl());
        assertNoBody(request);
        assertThat(answer).isEqualTo(new ChargingProfileResponse(ChargingProfileResponseType.ACCEPTED, 30));
    }

    @Test
    void getReturnsTooOften() {
        // [[mod_charging_profiles_flow]]: the CPO can reject a request with TOO_OFTEN
        ChargingProfilesReceiverClient cpo = cpo();
        server.enqueue(ok("{\"result\": \"TOO_OFTEN\", \"timeout\": 0}"));

        ChargingProfileResponse answer = cpo.activeProfile("SES-4711", 3600, responseUrl());

        assertCall(
                take(server),
                "GET",
                "/ocpi/2.2.1/chargingprofiles/SES-4711?duration=3600&response_url=" + encoded(responseUrl()));
        assertThat(answer.result()).isEqualTo(ChargingProfileResponseType.TOO_OFTEN);
    }

    @Test
    void getForAnUnknownSessionIsAnHttpError() {
        // [[status_codes_status_codes]]: HTTP 404 when the resource does not exist; the answer here is not optional
        ChargingProfilesReceiverClient cpo = cpo();
        server.enqueue(notFound());

        assertThatThrownBy(() -> cpo.activeProfile("9999", 900, responseUrl()))
                .isInstanceOfSatisfying(
                        OcpiHttpException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
        take(server);
    }

    @Test
    void getWithoutAResponseIsUnreadable() {
        // [[mod_charging_profiles_get_response_data]]: the ChargingProfileResponse has cardinality 1
        ChargingProfilesReceiverClient cpo = cpo();
        server.enqueue(ok());

        assertThatThrownBy(() -> cpo.activeProfile("SES-4711", 900, responseUrl()))
                .isInstanceOf(OcpiUnreadableResponseException.class);
        take(server);
    }

    @Test
    void putSetsAChargingProfileOnTheSession() {
        // [[mod_charging_profiles_cpo_put_method]]: PUT {endpoint}{session_id} with a SetChargingProfile
        // ([[mod_charging_profiles_set_charging_profile_object]])
        ChargingProfilesReceiverClient cpo = cpo();
        server.enqueue(ok(ACCEPTED));

        ChargingProfileResponse answer = cpo.set(
                "SES-4711",
                SetChargingProfile.builder()
                        .chargingProfile(PROFILE)
                        .responseUrl(responseUrl())
                        .build());

        RecordedRequest request = take(server);
        assertCall(request, "PUT", "/ocpi/2.2.1/chargingprofiles/SES-4711");
        assertJsonBody(
                request, "{\"charging_profile\": %s, \"response_url\": \"%s\"}".formatted(PROFILE_JSON, responseUrl()));
        assertThat(answer).isEqualTo(new ChargingProfileResponse(ChargingProfileResponseType.ACCEPTED, 30));
    }

    @Test
    void deleteClearsTheProfileWithAResponseUrlAndNoBody() {
        // [[mod_charging_profiles_cpo_delete_method]]: DELETE {endpoint}{session_id}?response_url={url}
        ChargingProfilesReceiverClient cpo = cpo();
        server.enqueue(ok("{\"result\": \"REJECTED\", \"timeout\": 0}"));

        ChargingProfileResponse answer = cpo.clear("SES-4711", responseUrl());

        RecordedRequest request = take(server);
        assertCall(request, "DELETE", "/ocpi/2.2.1/chargingprofiles/SES-4711?response_url=" + encoded(responseUrl()));
        assertThat(request.getUrl().queryParameter("response_url")).isEqualTo(responseUrl());
        assertNoBody(request);
        assertThat(answer).isEqualTo(new ChargingProfileResponse(ChargingProfileResponseType.REJECTED, 0));
    }

    @Test
    void theSessionIdIsAppendedToAnEndpointThatEndsWithASlash() {
        // [[mod_charging_profiles_cpo_put_method]]: {chargingprofiles_endpoint_url}{session_id}
        ChargingProfilesReceiverClient cpo = connect(
                        server, new Fixture.Offer("chargingprofiles", "RECEIVER", "/ocpi/2.2.1/chargingprofiles/"))
                .v221()
                .chargingProfilesReceiver();
        server.enqueue(ok(ACCEPTED));

        cpo.clear("SES-4711", responseUrl());

        assertCall(
                take(server), "DELETE", "/ocpi/2.2.1/chargingprofiles/SES-4711?response_url=" + encoded(responseUrl()));
    }

    @Test
    void aSetChargingProfileWithoutResponseUrlIsRejectedBeforeAnyRequest() {
        // [[mod_charging_profiles_set_charging_profile_object]]: response_url is required
        ChargingProfilesReceiverClient cpo = cpo();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(
                server,
                () -> cpo.set(
                        "SES-4711",
                        SetChargingProfile.builder().chargingProfile(PROFILE).build()));
        assertThat(e.violations()).containsExactly(new Violation("response_url", "required"));
    }

    @Test
    void aChargingProfileWithoutRateUnitIsRejectedBeforeAnyRequest() {
        // [[mod_charging_profiles_charging_profile_class]]: charging_rate_unit is required
        ChargingProfilesReceiverClient cpo = cpo();
        SetChargingProfile broken = SetChargingProfile.builder()
                .chargingProfile(PROFILE.toBuilder().chargingRateUnit(null).build())
                .responseUrl(responseUrl())
                .build();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(server, () -> cpo.set("SES-4711", broken));
        assertThat(e.violations()).contains(new Violation("charging_profile.charging_rate_unit", "required"));
    }

    @Test
    void aPartnerWithoutTheReceiverEndpointGivesANegotiationError() {
        Partner partner = connect(server, sender("chargingprofiles"));

        assertNoEndpoint(() -> partner.v221().chargingProfilesReceiver(), "chargingprofiles", "RECEIVER");
    }

    // ---- Sender interface, [[mod_charging_profiles_emsp_interface]]

    @Test
    void theActiveProfileResultIsPostedToTheResponseUrl() {
        // [[mod_charging_profiles_msp_post_method]] with an ActiveChargingProfileResult
        // ([[mod_charging_profiles_active_charging_profiles_result_object]])
        ChargingProfilesSenderClient scsp = scsp();
        server.enqueue(ok());

        scsp.postResult(
                responseUrl(),
                ActiveChargingProfileResult.builder()
                        .result(ChargingProfileResultType.ACCEPTED)
                        .profile(new ActiveChargingProfile(Instant.parse("2019-06-24T12:00:00Z"), PROFILE))
                        .build());

        assertJsonCall(
                take(server), "POST", "/ocpi/2.2.1/chargingprofile/response?request_id=5678&attempt=1", """
                {"result": "ACCEPTED",
                 "profile": {"start_date_time": "2019-06-24T12:00:00Z", "charging_profile": %s}}""".formatted(
                                PROFILE_JSON));
    }

    @Test
    void theSetProfileResultIsPostedToTheResponseUrl() {
        // [[mod_charging_profiles_msp_post_method]] with a ChargingProfileResult
        // ([[mod_charging_profiles_charging_profiles_result_object]])
        ChargingProfilesSenderClient scsp = scsp();
        server.enqueue(ok());

        scsp.postResult(responseUrl(), new ChargingProfileResult(ChargingProfileResultType.REJECTED));

        assertJsonCall(
                take(server),
                "POST",
                "/ocpi/2.2.1/chargingprofile/response?request_id=5678&attempt=1",
                "{\"result\": \"REJECTED\"}");
    }

    @Test
    void theClearProfileResultIsPostedToTheResponseUrl() {
        // [[mod_charging_profiles_msp_post_method]] with a ClearProfileResult
        // ([[mod_charging_profiles_clear_profiles_result_object]]); the URL is open to the Sender to define
        Partner partner = connect(server);
        server.enqueue(ok());

        partner.v221()
                .chargingProfilesSender()
                .postResult(
                        url(server, "/clearprofile?request_id=12345678"),
                        new ClearProfileResult(ChargingProfileResultType.ACCEPTED));

        assertJsonCall(take(server), "POST", "/clearprofile?request_id=12345678", "{\"result\": \"ACCEPTED\"}");
    }

    @Test
    void aResultWithoutResultIsRejectedBeforeAnyRequest() {
        // [[mod_charging_profiles_charging_profiles_result_object]]: result is required
        ChargingProfilesSenderClient scsp = scsp();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(
                server, () -> scsp.postResult(responseUrl(), new ChargingProfileResult(null)));
        assertThat(e.violations()).containsExactly(new Violation("result", "required"));
        assertRejectedBeforeAnyRequest(server, () -> scsp.postResult(responseUrl(), new ClearProfileResult(null)));
        assertRejectedBeforeAnyRequest(
                server,
                () -> scsp.postResult(
                        responseUrl(), ActiveChargingProfileResult.builder().build()));
    }

    @Test
    void putActivePushesTheActiveProfileToTheSendersEndpoint() {
        // [[mod_charging_profiles_msp_put_method]]: PUT {chargingprofiles_endpoint_url}{session_id} with the
        // ActiveChargingProfile ([[mod_charging_profiles_cpo_put_request_body]])
        ChargingProfilesSenderClient scsp = scsp();
        server.enqueue(ok());

        scsp.putActive("SES-4711", new ActiveChargingProfile(Instant.parse("2019-06-24T12:05:00Z"), PROFILE));

        RecordedRequest request = take(server);
        assertCall(request, "PUT", "/ocpi/2.2.1/chargingprofiles/SES-4711");
        assertJsonBody(
                request,
                "{\"start_date_time\": \"2019-06-24T12:05:00Z\", \"charging_profile\": %s}".formatted(PROFILE_JSON));
    }

    @Test
    void anActiveProfileWithoutStartIsRejectedBeforeAnyRequest() {
        // [[mod_charging_profiles_active_charging_profile_class]]: start_date_time is required
        ChargingProfilesSenderClient scsp = scsp();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(
                server, () -> scsp.putActive("SES-4711", new ActiveChargingProfile(null, PROFILE)));
        assertThat(e.violations()).containsExactly(new Violation("start_date_time", "required"));
    }

    @Test
    void putActiveToAPartnerWithoutTheSenderEndpointGivesANegotiationError() {
        // results go to response URLs, so the client exists without the endpoint; the PUT needs it
        Partner partner = connect(server, receiver("chargingprofiles"));
        ChargingProfilesSenderClient scsp = partner.v221().chargingProfilesSender();
        int before = server.getRequestCount();

        assertNoEndpoint(
                () -> scsp.putActive(
                        "SES-4711", new ActiveChargingProfile(Instant.parse("2019-06-24T12:05:00Z"), PROFILE)),
                "chargingprofiles",
                "SENDER");
        assertThat(server.getRequestCount()).isEqualTo(before);

        server.enqueue(ok());
        scsp.postResult(responseUrl(), new ChargingProfileResult(ChargingProfileResultType.ACCEPTED));
        assertCall(take(server), "POST", "/ocpi/2.2.1/chargingprofile/response?request_id=5678&attempt=1");
    }

    @Test
    void aPushAnsweredWithAnErrorStatusThrowsIt() {
        // [[mod_charging_profiles_msp_put_method]]: the answer is the response format without data; an error
        // status is an error
        ChargingProfilesSenderClient scsp = scsp();
        server.enqueue(envelope(200, 2001, null).build());

        assertThatThrownBy(() -> scsp.putActive(
                        "SES-4711", new ActiveChargingProfile(Instant.parse("2019-06-24T12:05:00Z"), PROFILE)))
                .isInstanceOf(io.github.ocpi4j.model.OcpiStatusException.class);
        take(server);
    }
}
