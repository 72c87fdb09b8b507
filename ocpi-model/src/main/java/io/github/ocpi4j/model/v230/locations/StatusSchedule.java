package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
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
