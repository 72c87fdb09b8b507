package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A future period with a planned status of an EVSE, which an eMSP can show to drivers who plan a trip (for example, a
 * station that is still being built and opens tomorrow). A period may be open-ended. It is for information only:
 * when the status really changes, the CPO must still update the EVSE's {@code status}.
 *
 * <p>Specification: {@code [[mod_locations_statusschedule_class]]}.
 *
 * @param periodBegin {@code period_begin}: when the period starts.
 * @param periodEnd {@code period_end}: when the period ends; {@code null} when not known.
 * @param status {@code status}: the status during the period.
 */
public record StatusSchedule(
        @JsonProperty("period_begin") @NotNull Instant periodBegin,
        @JsonProperty("period_end") @Nullable Instant periodEnd,
        @JsonProperty("status") @NotNull Status status) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link StatusSchedule} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable Instant periodBegin;
        private @Nullable Instant periodEnd;
        private @Nullable Status status;

        private Builder() {}

        private Builder(StatusSchedule from) {
            periodBegin = from.periodBegin;
            periodEnd = from.periodEnd;
            status = from.status;
        }

        /** Sets {@link StatusSchedule#periodBegin()}. */
        public Builder periodBegin(@Nullable Instant periodBegin) {
            this.periodBegin = periodBegin;
            return this;
        }

        /** Sets {@link StatusSchedule#periodEnd()}. */
        public Builder periodEnd(@Nullable Instant periodEnd) {
            this.periodEnd = periodEnd;
            return this;
        }

        /** Sets {@link StatusSchedule#status()}. */
        public Builder status(@Nullable Status status) {
            this.status = status;
            return this;
        }

        /** Returns the {@link StatusSchedule}. */
        public StatusSchedule build() {
            return new StatusSchedule(periodBegin, periodEnd, status);
        }
    }
}
