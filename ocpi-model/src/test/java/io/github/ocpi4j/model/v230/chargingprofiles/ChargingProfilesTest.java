package io.github.ocpi4j.model.v230.chargingprofiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import org.junit.jupiter.api.Test;

/**
 * The rules of the OCPI 2.3.0 charging profiles module, unchanged since 2.2.1, and the forward compatibility of its
 * objects ({@code [[mod_charging_profiles_charging_profile_class]]}, {@code
 * [[mod_charging_profiles_charging_profile_period_class]]}, {@code
 * [[mod_charging_profiles_active_charging_profiles_result_object]]}).
 */
class ChargingProfilesTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void aProfileWithPeriodsInOrderAndOneDecimalIsValid() {
        String body = """
                {"charging_rate_unit": "A", "min_charging_rate": 6.0,
                 "charging_profile_period": [{"start_period": 0, "limit": 16},
                                             {"start_period": 1800, "limit": 8.5}]}""";

        assertThat(json.read(body, ChargingProfile.class).violations()).isEmpty();
    }

    @Test
    void ratesWithMoreThanOneDecimalAndPeriodsOutOfOrderAreRejected() {
        String body = """
                {"charging_rate_unit": "W", "min_charging_rate": 1400.25,
                 "charging_profile_period": [{"start_period": 900, "limit": 7400},
                                             {"start_period": 0, "limit": 11.05}]}""";

        assertThat(json.read(body, ChargingProfile.class).violations())
                .containsExactlyInAnyOrder(
                        new Violation(
                                "min_charging_rate", "must have at most one decimal place (like 8.1), was 1400.25"),
                        new Violation(
                                "charging_profile_period[1].limit",
                                "must have at most one decimal place (like 8.1), was 11.05"),
                        new Violation(
                                "charging_profile_period[1].start_period",
                                "must not be before the previous period's start_period (900), was 0"));
    }

    @Test
    void anAcceptedActiveProfileResultCarriesTheProfile() {
        assertThat(json.read("{\"result\": \"ACCEPTED\"}", ActiveChargingProfileResult.class)
                        .violations())
                .containsExactly(new Violation("profile", "required when result is ACCEPTED"));
        assertThat(json.read("{\"result\": \"REJECTED\"}", ActiveChargingProfileResult.class)
                        .violations())
                .isEmpty();
    }

    @Test
    void unknownFieldsAreAccepted() {
        String body = """
                {"response_url": "https://scsp.example.com/ocpi/2.3.0/chargingprofiles/7", "priority": 2,
                 "charging_profile": {"charging_rate_unit": "W", "phases": 3,
                   "charging_profile_period": [{"start_period": 0, "limit": 11000, "phase_to_use": 1}]}}""";

        ReadResult<SetChargingProfile> result = json.read(body, SetChargingProfile.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get().chargingProfile().chargingRateUnit()).isEqualTo(ChargingRateUnit.W);
    }
}
