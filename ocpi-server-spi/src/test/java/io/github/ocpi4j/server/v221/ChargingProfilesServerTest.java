package io.github.ocpi4j.server.v221;

import static io.github.ocpi4j.server.ServerFixture.data;
import static io.github.ocpi4j.server.ServerFixture.json;
import static io.github.ocpi4j.server.ServerFixture.statusCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ClearProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.SetChargingProfile;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.ServerFixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ChargingProfiles module ({@code [[mod_charging_profiles_charging_profiles_module]]}) through {@code handle()}:
 * the Receiver interface's GET, PUT and DELETE with their parameters, and the Sender interface receiving results at
 * the response URLs the server makes, and pushed active profiles.
 */
class ChargingProfilesServerTest {
    private static final String RESPONSE_URL =
            "https://emsp.example.com/ocpi/2.2.1/sender/chargingprofiles/results/active/5678?request_id=5678";
    private static final String ACCEPTED = "{\"result\":\"ACCEPTED\",\"timeout\":60}";
    private static final String PROFILE = "{\"charging_rate_unit\":\"W\",\"charging_profile_period\":["
            + "{\"start_period\":0,\"limit\":11000},{\"start_period\":1800,\"limit\":7400.5}]}";
    private static final String ACTIVE_PROFILE =
            "{\"start_date_time\":\"2024-05-01T12:00:00Z\",\"charging_profile\":" + PROFILE + "}";

    private final RecordingChargingProfiles profiles = new RecordingChargingProfiles();
    private final ServerFixture fixture =
            new ServerFixture(s -> s.chargingProfilesReceiver(profiles).chargingProfilesSender(profiles));

    // ---- Receiver: GET ------------------------------------------------------------------------------------------

    @Test
    void getAsksTheHostForTheActiveProfileWithDurationAndResponseUrl() {
        OcpiHttpResponse response = fixture.call(
                "GET",
                "2.2.1/receiver/chargingprofiles/SESSION-1?duration=900&response_url=" + encode(RESPONSE_URL),
                null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(1000);
        assertThat(data(response)).isEqualTo(ACCEPTED);
        assertThat(profiles.calls)
                .containsExactly(new RecordingChargingProfiles.Received(
                        "activeProfile", "SESSION-1", List.of(900, RESPONSE_URL)));
    }

    @Test
    void getWithoutDurationOrResponseUrlIs2001() {
        assertStatus2001(
                fixture.call(
                        "GET", "2.2.1/receiver/chargingprofiles/SESSION-1?response_url=" + encode(RESPONSE_URL), null),
                "the query parameter duration is required: add it");
        assertStatus2001(
                fixture.call(
                        "GET",
                        "2.2.1/receiver/chargingprofiles/SESSION-1?duration=&response_url=" + encode(RESPONSE_URL),
                        null),
                "the query parameter duration is required: add it");
        assertStatus2001(
                fixture.call("GET", "2.2.1/receiver/chargingprofiles/SESSION-1?duration=900", null),
                "the query parameter response_url is required: add it");
        assertStatus2001(
                fixture.call("GET", "2.2.1/receiver/chargingprofiles/SESSION-1", null),
                "the query parameter response_url is required: add it");
        assertThat(profiles.calls).isEmpty();
    }

    @Test
    void getWithADurationThatIsNotANumberOfSecondsIs2001() {
        String url = "&response_url=" + encode(RESPONSE_URL);

        assertStatus2001(
                fixture.call("GET", "2.2.1/receiver/chargingprofiles/SESSION-1?duration=15min" + url, null),
                "duration must be a whole number of seconds, 0 or more, was 15min");
        assertStatus2001(
                fixture.call("GET", "2.2.1/receiver/chargingprofiles/SESSION-1?duration=900.5" + url, null),
                "duration must be a whole number of seconds, 0 or more, was 900.5");
        assertStatus2001(
                fixture.call("GET", "2.2.1/receiver/chargingprofiles/SESSION-1?duration=-900" + url, null),
                "duration must be a whole number of seconds, 0 or more, was -900");
        assertThat(profiles.calls).isEmpty();
    }

    @Test
    void getWithAResponseUrlThatIsNotAnAbsoluteUrlOfAtMost255CharactersIs2001() {
        String tooLong = "https://emsp.example.com/" + "r".repeat(231);
        assertStatus2001(
                fixture.call(
                        "GET",
                        "2.2.1/receiver/chargingprofiles/SESSION-1?duration=900&response_url=" + encode(tooLong),
                        null),
                "response_url: string(255): 256 characters, at most 255 allowed: send an http(s) URL of at most 255 characters");
        assertStatus2001(
                fixture.call(
                        "GET", "2.2.1/receiver/chargingprofiles/SESSION-1?duration=900&response_url=results/5", null),
                "response_url: URL: \"results/5\" is not an absolute URL: send an http(s) URL of at most 255 characters");
        assertThat(profiles.calls).isEmpty();
    }

    // ---- Receiver: PUT ------------------------------------------------------------------------------------------

    @Test
    void putHandsTheSetChargingProfileToTheHost() {
        String body = "{\"charging_profile\":" + PROFILE + ",\"response_url\":\"" + RESPONSE_URL + "\"}";

        OcpiHttpResponse response = fixture.call("PUT", "2.2.1/receiver/chargingprofiles/SESSION-1", body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(1000);
        assertThat(data(response)).isEqualTo(ACCEPTED);
        assertThat(profiles.calls)
                .containsExactly(new RecordingChargingProfiles.Received(
                        "setProfile", "SESSION-1", List.of(read(body, SetChargingProfile.class))));
    }

    @Test
    void putOfAnInvalidSetChargingProfileIs2001WithEveryViolation() {
        String body = "{\"charging_profile\":" + PROFILE.replace("7400.5", "7400.25") + ",\"response_url\":\"later\"}";

        OcpiHttpResponse response = fixture.call("PUT", "2.2.1/receiver/chargingprofiles/SESSION-1", body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(data(response))
                .isEqualTo("[{\"path\":\"charging_profile.charging_profile_period[1].limit\","
                        + "\"rule\":\"must have at most one decimal place (like 8.1), was 7400.25\"},"
                        + "{\"path\":\"response_url\",\"rule\":\"URL: \\\"later\\\" is not an absolute URL\"}]");
        assertThat(profiles.calls).isEmpty();
    }

    // ---- Receiver: DELETE ---------------------------------------------------------------------------------------

    @Test
    void deleteAsksTheHostToClearTheProfileWithTheResponseUrl() {
        OcpiHttpResponse response = fixture.call(
                "DELETE", "2.2.1/receiver/chargingprofiles/SESSION-1?response_url=" + encode(RESPONSE_URL), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(1000);
        assertThat(data(response)).isEqualTo(ACCEPTED);
        assertThat(profiles.calls)
                .containsExactly(
                        new RecordingChargingProfiles.Received("clearProfile", "SESSION-1", List.of(RESPONSE_URL)));
    }

    @Test
    void deleteWithoutAValidResponseUrlIs2001() {
        assertStatus2001(
                fixture.call("DELETE", "2.2.1/receiver/chargingprofiles/SESSION-1", null),
                "the query parameter response_url is required: add it");
        assertStatus2001(
                fixture.call(
                        "DELETE", "2.2.1/receiver/chargingprofiles/SESSION-1?response_url=" + encode("x:y z"), null),
                "response_url: URL: \"x:y z\" is not an absolute URL: send an http(s) URL of at most 255 characters");
        assertThat(profiles.calls).isEmpty();
    }

    // ---- Sender -------------------------------------------------------------------------------------------------

    static Stream<Arguments> results() {
        return Stream.of(
                Arguments.of(
                        ChargingProfileRequest.ACTIVE_PROFILE,
                        "active",
                        "{\"result\":\"ACCEPTED\",\"profile\":" + ACTIVE_PROFILE + "}",
                        "activeProfileResult",
                        ActiveChargingProfileResult.class),
                Arguments.of(
                        ChargingProfileRequest.SET_PROFILE,
                        "set",
                        "{\"result\":\"REJECTED\"}",
                        "setProfileResult",
                        ChargingProfileResult.class),
                Arguments.of(
                        ChargingProfileRequest.CLEAR_PROFILE,
                        "clear",
                        "{\"result\":\"UNKNOWN\"}",
                        "clearProfileResult",
                        ClearProfileResult.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void resultPostedToTheResponseUrlReachesTheHostsMethodForItsRequest(
            ChargingProfileRequest request, String segment, String body, String method, Class<?> type) {
        String url = fixture.server.v221Urls().chargingProfileResponseUrl(request, "req 7/8");

        OcpiHttpResponse response = fixture.call("POST", Targets.of(url), body);

        assertThat(url)
                .isEqualTo("https://cpo.example.com/ocpi/2.2.1/sender/chargingprofiles/results/" + segment
                        + "/req%207%2F8");
        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(1000);
        assertThat(json(response).has("data")).isFalse();
        assertThat(profiles.calls)
                .containsExactly(new RecordingChargingProfiles.Received(method, "req 7/8", List.of(read(body, type))));
        assertThat(profiles.calls.get(0).arguments().get(0)).isInstanceOf(type);
    }

    @Test
    void resultIsReadAsTheTypeOfItsRequest() {
        String accepted = "{\"result\":\"ACCEPTED\"}";
        String active =
                fixture.server.v221Urls().chargingProfileResponseUrl(ChargingProfileRequest.ACTIVE_PROFILE, "1");
        String set = fixture.server.v221Urls().chargingProfileResponseUrl(ChargingProfileRequest.SET_PROFILE, "1");

        OcpiHttpResponse toActive = fixture.call("POST", Targets.of(active), accepted);
        OcpiHttpResponse toSet = fixture.call("POST", Targets.of(set), accepted);

        assertThat(toActive.status()).isEqualTo(200);
        assertThat(statusCode(toActive)).isEqualTo(2001);
        assertThat(data(toActive)).isEqualTo("[{\"path\":\"profile\",\"rule\":\"required when result is ACCEPTED\"}]");
        assertThat(statusCode(toSet)).isEqualTo(1000);
        assertThat(profiles.calls)
                .containsExactly(new RecordingChargingProfiles.Received(
                        "setProfileResult", "1", List.of(read(accepted, ChargingProfileResult.class))));
    }

    @Test
    void activeProfilePutReachesTheHostWithItsSession() {
        OcpiHttpResponse response = fixture.call("PUT", "2.2.1/sender/chargingprofiles/SESSION-1", ACTIVE_PROFILE);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(1000);
        assertThat(json(response).has("data")).isFalse();
        assertThat(profiles.calls)
                .containsExactly(new RecordingChargingProfiles.Received(
                        "activeProfileChanged",
                        "SESSION-1",
                        List.of(read(ACTIVE_PROFILE, ActiveChargingProfile.class))));
    }

    @Test
    void activeProfilePutWithoutItsStartIs2001() {
        OcpiHttpResponse response = fixture.call(
                "PUT", "2.2.1/sender/chargingprofiles/SESSION-1", "{\"charging_profile\":" + PROFILE + "}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(data(response)).isEqualTo("[{\"path\":\"start_date_time\",\"rule\":\"required\"}]");
        assertThat(profiles.calls).isEmpty();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static void assertStatus2001(OcpiHttpResponse response, String message) {
        assertThat(response.status()).as(message).isEqualTo(200);
        assertThat(statusCode(response)).as(message).isEqualTo(2001);
        assertThat(json(response).get("status_message").asText()).isEqualTo(message);
        assertThat(json(response).has("data")).as(message).isFalse();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static <T> T read(String json, Class<T> type) {
        return OcpiJson.instance().read(json, type).get();
    }
}
