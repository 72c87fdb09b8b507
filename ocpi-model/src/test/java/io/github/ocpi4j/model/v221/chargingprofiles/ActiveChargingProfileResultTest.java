package io.github.ocpi4j.model.v221.chargingprofiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** ActiveChargingProfileResult ({@code [[mod_charging_profiles_active_charging_profiles_result_object]]}). */
class ActiveChargingProfileResultTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void acceptedResultWithItsProfileIsRead() {
        String body = """
                {"result": "ACCEPTED",
                 "profile": {"start_date_time": "2024-05-01T18:00:00Z",
                             "charging_profile": {"charging_rate_unit": "A",
                                                  "charging_profile_period": [{"start_period": 0, "limit": 16}]}}}""";

        ReadResult<ActiveChargingProfileResult> result = json.read(body, ActiveChargingProfileResult.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get().profile().startDateTime()).isEqualTo(Instant.parse("2024-05-01T18:00:00Z"));
        assertThat(result.get().profile().chargingProfile().chargingRateUnit()).isEqualTo(ChargingRateUnit.A);
    }

    @Test
    void acceptedResultWithoutProfileIsRejected() {
        ActiveChargingProfileResult result = ActiveChargingProfileResult.builder()
                .result(ChargingProfileResultType.ACCEPTED)
                .build();

        assertThat(json.validate(result)).containsExactly(new Violation("profile", "required when result is ACCEPTED"));
    }

    @Test
    void rejectedOrUnknownResultWithoutProfileIsValid() {
        assertThat(json.validate(ActiveChargingProfileResult.builder()
                        .result(ChargingProfileResultType.REJECTED)
                        .build()))
                .isEmpty();
        assertThat(json.validate(ActiveChargingProfileResult.builder()
                        .result(ChargingProfileResultType.UNKNOWN)
                        .build()))
                .isEmpty();
    }

    @Test
    void profileIsValidatedInDepth() {
        String body = """
                {"result": "ACCEPTED",
                 "profile": {"charging_profile": {"charging_rate_unit": "A",
                                                  "charging_profile_period": [{"start_period": 0, "limit": 1.25}]}}}""";

        assertThat(json.read(body, ActiveChargingProfileResult.class).violations())
                .containsExactlyInAnyOrder(
                        new Violation("profile.start_date_time", "required"),
                        new Violation(
                                "profile.charging_profile.charging_profile_period[0].limit",
                                "must have at most one decimal place (like 8.1), was 1.25"));
    }
}
