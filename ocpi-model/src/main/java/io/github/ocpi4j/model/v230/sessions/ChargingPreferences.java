package io.github.ocpi4j.model.v230.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a driver wants from smart charging in a running session: a profile, and optionally when they leave, how much
 * energy they need and whether the EV may be discharged meanwhile.
 *
 * <p>The eMSP sends them on behalf of the driver, during an ongoing session, with a PUT to the session's {@code
 * /charging_preferences} URL on the CPO's Sender interface; the CPO answers with a {@link
 * ChargingPreferencesResponse} ({@code [[mod_sessions_cpo_put_method]]}). Only an EVSE with the capability {@code
 * CHARGING_PREFERENCES_CAPABLE} takes them ({@code [[mod_sessions_set_charging_preferences]]}).
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
 * @param profileType {@code profile_type}: the smart charging profile the driver chose. The connector must support it,
 *     and the CPO must publish a Tariff for each profile it supports, so the driver can compare prices.
 * @param departureTime {@code departure_time}: when the driver expects to leave; an estimate, not a promise.
 * @param energyNeed {@code energy_need}: how much energy the driver wants charged, in kWh.
 * @param dischargeAllowed {@code discharge_allowed}: {@code true} if the EV may be discharged when useful, provided it
 *     still gets {@code energy_need} by {@code departure_time}; absent means {@code false}.
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
