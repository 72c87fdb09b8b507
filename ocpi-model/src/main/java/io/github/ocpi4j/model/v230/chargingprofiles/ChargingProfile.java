package io.github.ocpi4j.model.v230.chargingprofiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.internal.RuleChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Limits for the charging power or current over time, as a list of charging periods.
 *
 * <p>A profile is a maximum, not a target: the EV may take less. Its periods follow each other in the list, each
 * starting at its {@code start_period} seconds from the start of the profile, which is {@code start_date_time} or,
 * without it, the start of charging.
 *
 * <pre>{@code
 * ChargingProfile profile = ChargingProfile.builder()
 *         .chargingRateUnit(ChargingRateUnit.A)
 *         .chargingProfilePeriod(List.of(
 *                 ChargingProfilePeriod.builder().startPeriod(0).limit(new BigDecimal("16")).build(),
 *                 ChargingProfilePeriod.builder().startPeriod(1800).limit(new BigDecimal("8.5")).build()))
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_charging_profiles_charging_profile_class]]}.
 *
 * @param startDateTime {@code start_date_time}: the instant the profile starts, making it absolute; optional. Absent,
 *     the profile counts from the moment charging starts.
 * @param duration {@code duration}: length of the profile in seconds; optional. Absent, the last period lasts for
 *     ever, or until the transaction ends when {@code start_date_time} is absent too.
 * @param chargingRateUnit {@code charging_rate_unit}: whether the limits are in W or in A; required.
 * @param minChargingRate {@code min_charging_rate}: the lowest rate the EV can charge at, in
 *     {@code charging_rate_unit}, with at most one decimal; optional. Lets a local smart charging algorithm avoid
 *     rates at which the EV charges badly.
 * @param chargingProfilePeriod {@code charging_profile_period}: the periods, in order, each with its maximum power or
 *     current.
 */
@GenerateBuilder
public record ChargingProfile(
        @JsonProperty("start_date_time") @Nullable Instant startDateTime,
        @JsonProperty("duration") @Nullable Integer duration,
        @JsonProperty("charging_rate_unit") @NotNull ChargingRateUnit chargingRateUnit,
        @JsonProperty("min_charging_rate") @Nullable BigDecimal minChargingRate,
        @JsonProperty("charging_profile_period") List<@Valid ChargingProfilePeriod> chargingProfilePeriod)
        implements CrossFieldRules {

    /** Copies the lists; {@code null} becomes empty. */
    public ChargingProfile {
        chargingProfilePeriod = Lists.copyOf(chargingProfilePeriod);
    }

    /**
     * Checks that {@code min_charging_rate} has at most one digit fraction, and that no period starts before the
     * previous one, as each period's {@code start_period} is the stop time of the previous period ({@code
     * [[mod_charging_profiles_charging_profile_class]]}, {@code
     * [[mod_charging_profiles_charging_profile_period_class]]}).
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        RuleChecks.atMostOneDecimal(minChargingRate, "min_charging_rate", reporter);
        RuleChecks.periodsInOrder(
                chargingProfilePeriod.stream()
                        .map(period -> period == null ? null : period.startPeriod())
                        .toList(),
                "charging_profile_period",
                "start_period",
                reporter);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link ChargingProfile} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends ChargingProfileBuilderBase {
        private Builder() {}
    }
}
