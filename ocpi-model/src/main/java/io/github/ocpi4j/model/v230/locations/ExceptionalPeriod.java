package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A period in which a location's regular opening or access hours don't apply: an extra opening or a closing.
 *
 * <p>Specification: {@code [[mod_locations_exceptionalperiod_class]]}.
 *
 * @param periodBegin {@code period_begin}: when the exception starts, in UTC; the location's {@code time_zone} gives
 *     the local time.
 * @param periodEnd {@code period_end}: when the exception ends, in UTC; the location's {@code time_zone} gives the
 *     local time.
 */
@GenerateBuilder
public record ExceptionalPeriod(
        @JsonProperty("period_begin") @NotNull Instant periodBegin,
        @JsonProperty("period_end") @NotNull Instant periodEnd) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link ExceptionalPeriod} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends ExceptionalPeriodBuilderBase {
        private Builder() {}
    }
}
