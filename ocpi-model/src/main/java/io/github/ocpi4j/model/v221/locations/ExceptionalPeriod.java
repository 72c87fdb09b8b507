package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Specifies one exceptional period for opening or access hours.
 *
 * <p>Specification: {@code [[mod_locations_exceptionalperiod_class]]}.
 *
 * @param periodBegin {@code period_begin}: Begin of the exception. In UTC, {@code time_zone} field can be used to
 *     convert to local time.
 * @param periodEnd {@code period_end}: End of the exception. In UTC, {@code time_zone} field can be used to convert
 *     to local time.
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
