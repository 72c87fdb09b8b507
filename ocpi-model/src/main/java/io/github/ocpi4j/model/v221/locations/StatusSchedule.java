package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * This type is used to schedule status periods in the future. The eMSP can provide this information to the EV user
 * for trip planning purposes. A period MAY have no end. Example: "This station will be running as of tomorrow. Today
 * it is still planned and under construction.".
 *
 * <p>Specification: {@code [[mod_locations_statusschedule_class]]}.
 *
 * @param periodBegin {@code period_begin}: Begin of the scheduled period.
 * @param periodEnd {@code period_end}: End of the scheduled period, if known.
 * @param status {@code status}: Status value during the scheduled period.
 */
@GenerateBuilder
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
        return new Builder().from(this);
    }

    /** Builds {@link StatusSchedule} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends StatusScheduleBuilderBase {
        private Builder() {}
    }
}
