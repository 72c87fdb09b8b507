package io.github.ocpi4j.model.v230.chargingprofiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The charging profile as calculated by the EVSE for a session, from all the smart charging inputs it has.
 *
 * <p>It may differ from the profiles sent through OCPI: local limits and other parties' profiles count too.
 *
 * <p>Specification: {@code [[mod_charging_profiles_active_charging_profile_class]]}.
 *
 * @param startDateTime {@code start_date_time}: when the Charge Point worked this profile out; the periods of
 *     {@code charging_profile} count their seconds from this instant. Required.
 * @param chargingProfile {@code charging_profile}: the resulting limits, period by period; required.
 */
@GenerateBuilder
public record ActiveChargingProfile(
        @JsonProperty("start_date_time") @NotNull Instant startDateTime,
        @JsonProperty("charging_profile") @NotNull @Valid ChargingProfile chargingProfile) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link ActiveChargingProfile} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends ActiveChargingProfileBuilderBase {
        private Builder() {}
    }
}
