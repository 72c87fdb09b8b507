package io.github.ocpi4j.model.v230.chargingprofiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.internal.RuleChecks;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A time period in a {@link ChargingProfile}, with the maximum charging rate during it.
 *
 * <p>A period lasts from its {@code start_period} until the {@code start_period} of the next period in the list;
 * the last one until the end of the profile.
 *
 * <p>Specification: {@code [[mod_charging_profiles_charging_profile_period_class]]}.
 *
 * @param startPeriod {@code start_period}: seconds from the profile's start at which this period begins (and the one
 *     before it ends); required.
 * @param limit {@code limit}: the highest rate allowed in this period, in the profile's {@code charging_rate_unit}
 *     (W or A), with at most one decimal; required.
 */
@GenerateBuilder
public record ChargingProfilePeriod(
        @JsonProperty("start_period") @NotNull Integer startPeriod,
        @JsonProperty("limit") @NotNull BigDecimal limit) implements CrossFieldRules {
    /**
     * Checks that {@code limit} has at most one digit fraction ({@code
     * [[mod_charging_profiles_charging_profile_period_class]]}).
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        RuleChecks.atMostOneDecimal(limit, "limit", reporter);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link ChargingProfilePeriod} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends ChargingProfilePeriodBuilderBase {
        private Builder() {}
    }
}
