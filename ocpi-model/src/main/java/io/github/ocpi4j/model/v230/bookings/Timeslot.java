package io.github.ocpi4j.model.v230.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.internal.RuleChecks;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A span of time with the power a CPO offers in it: in a {@link Calendar}, a span still free to book; in a {@link
 * Booking}, the span booked. The start is included, the end excluded.
 *
 * <p>The powers are in watts, as the table of the module says, while a request's {@link
 * BookingRequest#powerRequired()} is in kilowatts (the module's examples write small numbers such as {@code 12}
 * here, which read like kilowatts; ocpi4j follows the table).
 *
 * <pre>{@code
 * Timeslot free = Timeslot.builder()
 *         .startDateTime(Instant.parse("2025-03-23T12:00:00Z"))
 *         .endDateTime(Instant.parse("2025-03-23T18:00:00Z"))
 *         .maxPower(new BigDecimal("22000"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_bookings_timeslot_class]]}.
 *
 * @param startDateTime {@code start_date_time}: when the span begins.
 * @param endDateTime {@code end_date_time}: when the span ends; later than {@code start_date_time}.
 * @param minPower {@code min_power}: optional power the CPO promises at least during the span, in W.
 * @param maxPower {@code max_power}: optional most power available during the span, in W; a booking may ask for
 *     less.
 * @param greenEnergySupport {@code green_energy_support}: optional; whether green energy can be had during the span.
 */
@GenerateBuilder
public record Timeslot(
        @JsonProperty("start_date_time") @NotNull Instant startDateTime,
        @JsonProperty("end_date_time") @NotNull Instant endDateTime,

        @JsonProperty("min_power") @DecimalMin("0") @Nullable
        BigDecimal minPower,

        @JsonProperty("max_power") @DecimalMin("0") @Nullable
        BigDecimal maxPower,

        @JsonProperty("green_energy_support") @Nullable Boolean greenEnergySupport)
        implements CrossFieldRules {

    /** Checks that the span ends after it starts and that {@code min_power} is not above {@code max_power}. */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        RuleChecks.endsAfterStart(startDateTime, endDateTime, "start_date_time", "end_date_time", reporter);
        RuleChecks.notMoreThan(minPower, maxPower, "min_power", "max_power", reporter);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Timeslot} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends TimeslotBuilderBase {
        private Builder() {}
    }
}
