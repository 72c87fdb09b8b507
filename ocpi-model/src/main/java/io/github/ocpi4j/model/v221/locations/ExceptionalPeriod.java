package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

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
public record ExceptionalPeriod(
        @JsonProperty("period_begin") @NotNull Instant periodBegin,
        @JsonProperty("period_end") @NotNull Instant periodEnd) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link ExceptionalPeriod} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable Instant periodBegin;
        private @Nullable Instant periodEnd;

        private Builder() {}

        private Builder(ExceptionalPeriod from) {
            periodBegin = from.periodBegin;
            periodEnd = from.periodEnd;
        }

        /** Sets {@link ExceptionalPeriod#periodBegin()}. */
        public Builder periodBegin(@Nullable Instant periodBegin) {
            this.periodBegin = periodBegin;
            return this;
        }

        /** Sets {@link ExceptionalPeriod#periodEnd()}. */
        public Builder periodEnd(@Nullable Instant periodEnd) {
            this.periodEnd = periodEnd;
            return this;
        }

        /** Returns the {@link ExceptionalPeriod}. */
        public ExceptionalPeriod build() {
            return new ExceptionalPeriod(periodBegin, periodEnd);
        }
    }
}
