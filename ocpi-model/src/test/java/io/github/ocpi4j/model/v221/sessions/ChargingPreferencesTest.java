package io.github.ocpi4j.model.v221.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@link ChargingPreferences}: the PUT body of the Sender interface ({@code
 * [[mod_sessions_charging_preferences_object]]}).
 */
class ChargingPreferencesTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void preferencesReadFromJsonKeepEveryField() {
        String body = """
                {"profile_type": "FAST", "departure_time": "2019-06-23T17:30:00Z",
                 "energy_need": 32.5, "discharge_allowed": true}
                """;

        ChargingPreferences preferences =
                json.read(body, ChargingPreferences.class).get();

        assertThat(preferences)
                .isEqualTo(ChargingPreferences.builder()
                        .profileType(ProfileType.FAST)
                        .departureTime(Instant.parse("2019-06-23T17:30:00Z"))
                        .energyNeed(new BigDecimal("32.5"))
                        .dischargeAllowed(true)
                        .build());
    }

    @Test
    void preferencesWithOnlyProfileTypeAreValid() {
        assertThat(json.validate(ChargingPreferences.builder()
                        .profileType(ProfileType.CHEAP)
                        .build()))
                .isEmpty();
    }

    @Test
    void preferencesWithoutProfileTypeAreRejected() {
        ChargingPreferences preferences =
                ChargingPreferences.builder().energyNeed(BigDecimal.TEN).build();

        assertThat(json.validate(preferences)).containsExactly(new Violation("profile_type", "required"));
    }
}
