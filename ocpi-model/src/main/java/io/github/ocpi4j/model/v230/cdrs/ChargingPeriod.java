package io.github.ocpi4j.model.v230.cdrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One stretch of a charging session: when it began and what was measured in it (energy, current, time, ...). The
 * CPO opens a new period at least whenever something that changes the cost happens, such as another price component
 * of the tariff taking effect ({@code [[mod_cdrs_charging_period]]}).
 *
 * <p>Specification: {@code [[mod_cdrs_chargingperiod_class]]}.
 *
 * @param startDateTime {@code start_date_time}: when this period began; it lasts until the next period begins, and
 *     the last one until the session ends.
 * @param dimensions {@code dimensions}: the values measured in this period, at least one.
 * @param tariffId {@code tariff_id}: the id of the Tariff that applies in this period; absent when no tariff
 *     applies.
 */
@GenerateBuilder
public record ChargingPeriod(
        @JsonProperty("start_date_time") @NotNull Instant startDateTime,
        @JsonProperty("dimensions") @NotEmpty List<@Valid CdrDimension> dimensions,
        @JsonProperty("tariff_id") @Size(max = 36) @Nullable CiString tariffId) {

    /** Copies the lists; {@code null} becomes empty. */
    public ChargingPeriod {
        dimensions = Lists.copyOf(dimensions);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link ChargingPeriod} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends ChargingPeriodBuilderBase {
        private Builder() {}
    }
}
