package io.github.ocpi4j.model.v221.chargingprofiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ChargingProfile and ChargingProfilePeriod ({@code [[mod_charging_profiles_charging_profile_class]]}, {@code
 * [[mod_charging_profiles_charging_profile_period_class]]}).
 */
class ChargingProfileTest {
    private final OcpiJson json = OcpiJson.instance();

    private static ChargingProfilePeriod period(int startPeriod, String limit) {
        return ChargingProfilePeriod.builder()
                .startPeriod(startPeriod)
                .limit(new BigDecimal(limit))
                .build();
    }

    private static ChargingProfile profile(ChargingProfilePeriod... periods) {
        return ChargingProfile.builder()
                .chargingRateUnit(ChargingRateUnit.A)
                .chargingProfilePeriod(List.of(periods))
                .build();
    }

    @Test
    void profileIsReadWithItsPeriods() {
        String body = """
                {"start_date_time": "2024-05-01T18:00:00Z", "duration": 3600, "charging_rate_unit": "W",
                 "min_charging_rate": 1400.5,
                 "charging_profile_period": [{"start_period": 0, "limit": 11000}, {"start_period": 900, "limit": 7400.0}]}""";

        ReadResult<ChargingProfile> result = json.read(body, ChargingProfile.class);

        assertThat(result.violations()).isEmpty();
        ChargingProfile profile = result.get();
        assertThat(profile.startDateTime()).isEqualTo(Instant.parse("2024-05-01T18:00:00Z"));
        assertThat(profile.duration()).isEqualTo(3600);
        assertThat(profile.chargingRateUnit()).isEqualTo(ChargingRateUnit.W);
        assertThat(profile.minChargingRate()).isEqualByComparingTo("1400.5");
        assertThat(profile.chargingProfilePeriod())
                .extracting(ChargingProfilePeriod::startPeriod)
                .containsExactly(0, 900);
    }

    @Test
    void profileWithoutChargingRateUnitIsRejected() {
        assertThat(json.read("{\"charging_profile_period\": []}", ChargingProfile.class)
                        .violations())
                .containsExactly(new Violation("charging_rate_unit", "required"));
    }

    @Test
    void profileWithoutPeriodsIsValid() {
        assertThat(json.validate(profile())).isEmpty();
    }

    @Test
    void limitWithOneDigitFractionIsValid() {
        assertThat(json.validate(period(0, "8.1"))).isEmpty();
        assertThat(json.validate(period(0, "32"))).isEmpty();
    }

    @Test
    void trailingZerosOfALimitDoNotCountAsFractionDigits() {
        assertThat(json.validate(period(0, "8.100"))).isEmpty();
        assertThat(json.validate(period(0, "11E+3"))).isEmpty();
    }

    @Test
    void limitWithTwoFractionDigitsIsRejected() {
        assertThat(json.validate(period(0, "8.15")))
                .containsExactly(new Violation("limit", "must have at most one decimal place (like 8.1), was 8.15"));
    }

    @Test
    void minChargingRateWithTwoFractionDigitsIsRejected() {
        ChargingProfile profile = profile(period(0, "16")).toBuilder()
                .minChargingRate(new BigDecimal("6.25"))
                .build();

        assertThat(json.validate(profile))
                .containsExactly(
                        new Violation("min_charging_rate", "must have at most one decimal place (like 8.1), was 6.25"));
    }

    @Test
    void limitOfAPeriodIsReportedAtItsIndex() {
        String body = """
                {"charging_rate_unit": "A",
                 "charging_profile_period": [{"start_period": 0, "limit": 16}, {"start_period": 60, "limit": 6.125}]}""";

        assertThat(json.read(body, ChargingProfile.class).violations())
                .containsExactly(new Violation(
                        "charging_profile_period[1].limit",
                        "must have at most one decimal place (like 8.1), was 6.125"));
    }

    @Test
    void periodsStartingInOrderAreValid() {
        assertThat(json.validate(profile(period(0, "16"), period(600, "10"), period(1800, "6"))))
                .isEmpty();
    }

    @Test
    void periodStartingBeforeThePreviousPeriodIsRejected() {
        ChargingProfile profile = profile(period(0, "16"), period(1800, "10"), period(600, "6"));

        assertThat(json.validate(profile))
                .containsExactly(new Violation(
                        "charging_profile_period[2].start_period",
                        "must not be before the previous period's start_period (1800), was 600"));
    }

    @Test
    void periodWithoutStartIsReportedOnlyAsMissing() {
        String body = """
                {"charging_rate_unit": "A",
                 "charging_profile_period": [{"start_period": 600, "limit": 16}, {"limit": 8}, {"start_period": 900, "limit": 6}]}""";

        assertThat(json.read(body, ChargingProfile.class).violations())
                .containsExactly(new Violation("charging_profile_period[1].start_period", "required"));
    }

    @Test
    void periodWithoutLimitIsRejected() {
        assertThat(json.read("{\"start_period\": 0}", ChargingProfilePeriod.class)
                        .violations())
                .containsExactly(new Violation("limit", "required"));
    }
}
