package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.internal.Formats;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One opening or access period that comes back every week.
 *
 * <p>Specification: {@code [[mod_locations_regularhours_class]]}.
 *
 * @param weekday {@code weekday}: the day of the week, from 1 (Monday) to 7 (Sunday).
 * @param periodBegin {@code period_begin}: when the period starts, in local time, as {@code HH:MM} on a 24-hour clock
 *     with leading zeros, such as {@code 18:15}.
 * @param periodEnd {@code period_end}: when the period ends, in local time and the same format; must be later than
 *     {@code period_begin}.
 */
@GenerateBuilder
public record RegularHours(
        @JsonProperty("weekday") @NotNull @Min(1) @Max(7) Integer weekday,

        @JsonProperty("period_begin") @NotNull @Size(max = 5) @Pattern(regexp = RegularHours.TIME)
        String periodBegin,

        @JsonProperty("period_end") @NotNull @Size(max = 5) @Pattern(regexp = RegularHours.TIME)
        String periodEnd)
        implements CrossFieldRules {
    /** The format of a local time in {@code [[mod_locations_regularhours_class]]}: 24h with leading zeros. */
    static final String TIME = "([0-1][0-9]|2[0-3]):[0-5][0-9]";

    /**
     * Checks that {@code period_end} is later than {@code period_begin} ({@code
     * [[mod_locations_regularhours_class]]}).
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        if (periodBegin != null
                && periodEnd != null
                && Formats.isTimeOfDay(periodBegin)
                && Formats.isTimeOfDay(periodEnd)
                && periodEnd.compareTo(periodBegin) <= 0) {
            reporter.report("period_end", "must be later than period_begin");
        }
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link RegularHours} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends RegularHoursBuilderBase {
        private Builder() {}
    }
}
