package io.github.ocpi4j.model.v221.chargingprofiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SetChargingProfile, the Receiver's ChargingProfileResponse and the Charge Point's results ({@code
 * [[mod_charging_profiles_set_charging_profile_object]]}, {@code [[mod_charging_profiles_response_object]]}, {@code
 * [[mod_charging_profiles_charging_profiles_result_object]]}, {@code
 * [[mod_charging_profiles_clear_profiles_result_object]]}).
 */
class ChargingProfileRequestsTest {
    private final OcpiJson json = OcpiJson.instance();

    private static SetChargingProfile.Builder setProfile() {
        return SetChargingProfile.builder()
                .chargingProfile(ChargingProfile.builder()
                        .chargingRateUnit(ChargingRateUnit.W)
                        .chargingProfilePeriod(List.of(ChargingProfilePeriod.builder()
                                .startPeriod(0)
                                .limit(new BigDecimal("11000"))
                                .build()))
                        .build())
                .responseUrl("https://scsp.example.com/ocpi/2.2.1/chargingprofiles/result/5678");
    }

    @Test
    void setChargingProfileIsValidAndWrittenBack() {
        SetChargingProfile request = setProfile().build();

        assertThat(json.validate(request)).isEmpty();
        assertThat(json.read(json.write(request), SetChargingProfile.class).get())
                .isEqualTo(request);
    }

    @Test
    void setChargingProfileWithRelativeResponseUrlIsRejected() {
        SetChargingProfile request = setProfile().responseUrl("result/5678").build();

        assertThat(json.validate(request))
                .containsExactly(new Violation("response_url", "URL: \"result/5678\" is not an absolute URL"));
    }

    @Test
    void setChargingProfileWithoutProfileIsRejected() {
        assertThat(json.validate(setProfile().chargingProfile(null).build()))
                .containsExactly(new Violation("charging_profile", "required"));
    }

    @Test
    void chargingProfileResponseIsRead() {
        ReadResult<ChargingProfileResponse> result =
                json.read("{\"result\": \"TOO_OFTEN\", \"timeout\": 120}", ChargingProfileResponse.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get())
                .isEqualTo(ChargingProfileResponse.builder()
                        .result(ChargingProfileResponseType.TOO_OFTEN)
                        .timeout(120)
                        .build());
    }

    @Test
    void chargingProfileResponseWithoutTimeoutIsRejected() {
        assertThat(json.read("{\"result\": \"ACCEPTED\"}", ChargingProfileResponse.class)
                        .violations())
                .containsExactly(new Violation("timeout", "required"));
    }

    @Test
    void resultsOfSetAndClearAreRead() {
        assertThat(json.read("{\"result\": \"REJECTED\"}", ChargingProfileResult.class)
                        .get()
                        .result())
                .isEqualTo(ChargingProfileResultType.REJECTED);
        assertThat(json.read("{\"result\": \"UNKNOWN\"}", ClearProfileResult.class)
                        .get()
                        .result())
                .isEqualTo(ChargingProfileResultType.UNKNOWN);
    }

    @Test
    void resultWithoutResultIsRejected() {
        assertThat(json.read("{}", ClearProfileResult.class).violations())
                .containsExactly(new Violation("result", "required"));
    }
}
