package io.github.ocpi4j.model.v230.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.internal.RuleChecks;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A span of time an eMSP asks to book, from its start (included) to its end (excluded). A {@link BookingRequest}
 * carries one; the {@link Booking} that answers it holds a {@link Timeslot}, which adds the power on offer.
 *
 * <pre>{@code
 * Period evening = Period.builder()
 *         .startDateTime(Instant.parse("2025-03-23T18:00:00Z"))
 *         .endDateTime(Instant.parse("2025-03-23T19:30:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_bookings_period_class]]}.
 *
 * @param startDateTime {@code start_date_time}: when the booked time begins.
 * @param endDateTime {@code end_date_time}: when the booked time ends; later than {@code start_date_time}.
 */
@GenerateBuilder
public record Period(
        @JsonProperty("start_date_time") @NotNull Instant startDateTime,
        @JsonProperty("end_date_time") @NotNull Instant endDateTime)
        implements CrossFieldRules {

    /** Checks that the period ends after it starts. */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        RuleChecks.endsAfterStart(startDateTime, endDateTime, "start_date_time", "end_date_time", reporter);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Period} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends PeriodBuilderBase {
        private Builder() {}
    }
}
