package io.github.ocpi4j.model.v221.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Contains the charging preferences of an EV driver.
 *
 * <p>The eMSP sends them on behalf of the driver, during an ongoing session, with a PUT to the session's {@code
 * /charging_preferences} URL on the CPO's Sender interface; the CPO answers with a {@link
 * ChargingPreferencesResponse} ({@code [[mod_sessions_cpo_put_method]]}).
 *
 * <pre>{@code
 * ChargingPreferences preferences = ChargingPreferences.builder()
 *         .profileType(ProfileType.GREEN)
 *         .departureTime(Instant.parse("2024-05-01T17:30:00Z"))
 *         .energyNeed(new BigDecimal("30"))
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>Specification: {@code [[mod_sessions_charging_preferences_object]]}.
 *
 * @param profileType {@code profile_type}: Type of Smart Charging Profile selected by the driver. The ProfileType has
 *     to be supported at the Connector and for every supported ProfileType, a Tariff MUST be provided. This gives the
 *     EV driver the option between different pricing options.
 * @param departureTime {@code departure_time}: Expected departure. The driver has given this Date/Time as expected
 *     departure moment. It is only an estimation and not necessarily the Date/Time of the actual departure.
 * @param energyNeed {@code energy_need}: Requested amount of energy in kWh. The EV driver wants to have this amount
 *     of energy charged.
 * @param dischargeAllowed {@code discharge_allowed}: The driver allows their EV to be discharged when needed, as long
 *     as the other preferences are met: EV is charged with the preferred energy ({@code energy_need}) until the
 *     preferred departure moment ({@code departure_time}). Default if omitted: false.
 */
@GenerateBuilder
public record ChargingPreferences(
        @JsonProperty("profile_type") @NotNull ProfileType profileType,
        @JsonProperty("departure_time") @Nullable Instant departureTime,
        @JsonProperty("energy_need") @Nullable BigDecimal energyNeed,
        @JsonProperty("discharge_allowed") @Nullable Boolean dischargeAllowed) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link ChargingPreferences} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends ChargingPreferencesBuilderBase {
        private Builder() {}
    }
}
