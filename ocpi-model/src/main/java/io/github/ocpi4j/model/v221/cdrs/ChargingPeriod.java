package io.github.ocpi4j.model.v221.cdrs;

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
 * A Charging Period consists of a start timestamp and a list of possible values that influence this period, for
 * example: amount of energy charged this period, maximum current during this period etc.
 *
 * <p>Specification: {@code [[mod_cdrs_chargingperiod_class]]}.
 *
 * @param startDateTime {@code start_date_time}: Start timestamp of the charging period. A period ends when the next
 *     period starts. The last period ends when the session ends.
 * @param dimensions {@code dimensions}: List of relevant values for this charging period.
 * @param tariffId {@code tariff_id}: Unique identifier of the Tariff that is relevant for this Charging Period. If
 *     not provided, no Tariff is relevant during this period.
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
