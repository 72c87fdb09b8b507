package io.github.ocpi4j.model.v230.chargingprofiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.Url;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of a PUT to a CPO that sets or replaces the charging profile of a session.
 *
 * <pre>{@code
 * SetChargingProfile request = SetChargingProfile.builder()
 *         .chargingProfile(ChargingProfile.builder()
 *                 .chargingRateUnit(ChargingRateUnit.W)
 *                 .chargingProfilePeriod(List.of(ChargingProfilePeriod.builder()
 *                         .startPeriod(0)
 *                         .limit(new BigDecimal("11000"))
 *                         .build()))
 *                 .build())
 *         .responseUrl("https://scsp.example.com/ocpi/2.3.0/chargingprofiles/result/5678")
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_charging_profiles_set_charging_profile_object]]}.
 *
 * @param chargingProfile {@code charging_profile}: the power or current limits to apply over time; required.
 * @param responseUrl {@code response_url}: where the CPO POSTs the {@link ChargingProfileResult} later, at most 255
 *     characters; required. The Sender may put its own id for this request in it.
 */
@GenerateBuilder
public record SetChargingProfile(
        @JsonProperty("charging_profile") @NotNull @Valid ChargingProfile chargingProfile,

        @JsonProperty("response_url") @NotNull @Size(max = 255) @Url
        String responseUrl) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link SetChargingProfile} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends SetChargingProfileBuilderBase {
        private Builder() {}
    }
}
