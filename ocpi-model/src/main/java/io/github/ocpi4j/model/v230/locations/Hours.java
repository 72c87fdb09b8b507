package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * When a location is open, or its EVSEs can be reached.
 *
 * <p>Specification, with worked examples: {@code [[mod_locations_hours_class]]}.
 *
 * @param twentyfourseven {@code twentyfourseven}: {@code true} when the location is open at all hours, apart from its
 *     exceptional closings.
 * @param regularHours {@code regular_hours}: the weekly opening periods. Only allowed when {@code twentyfourseven} is
 *     {@code false}, and then at least one is required.
 * @param exceptionalOpenings {@code exceptional_openings}: extra periods, on given dates, when the site is open or
 *     accessible, on top of {@code regular_hours}; they may overlap the regular periods.
 * @param exceptionalClosings {@code exceptional_closings}: periods, on given dates, when the site is closed or not
 *     accessible. They take precedence over {@code regular_hours} and {@code exceptional_openings}, and should not
 *     overlap the latter.
 */
@GenerateBuilder
public record Hours(
        @JsonProperty("twentyfourseven") @NotNull Boolean twentyfourseven,
        @JsonProperty("regular_hours") List<@Valid RegularHours> regularHours,
        @JsonProperty("exceptional_openings") List<@Valid ExceptionalPeriod> exceptionalOpenings,
        @JsonProperty("exceptional_closings") List<@Valid ExceptionalPeriod> exceptionalClosings)
        implements CrossFieldRules {

    /** Copies the lists; {@code null} becomes empty. */
    public Hours {
        regularHours = Lists.copyOf(regularHours);
        exceptionalOpenings = Lists.copyOf(exceptionalOpenings);
        exceptionalClosings = Lists.copyOf(exceptionalClosings);
    }

    /**
     * Checks that {@code regular_hours} is used only when {@code twentyfourseven} is {@code false}, and
     * then holds at least one RegularHours ({@code [[mod_locations_hours_class]]}).
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        if (Boolean.TRUE.equals(twentyfourseven) && !regularHours.isEmpty()) {
            reporter.report("regular_hours", "only allowed when twentyfourseven is false");
        }
        if (Boolean.FALSE.equals(twentyfourseven) && regularHours.isEmpty()) {
            reporter.report("regular_hours", "at least one RegularHours required when twentyfourseven is false");
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

    /** Builds {@link Hours} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends HoursBuilderBase {
        private Builder() {}
    }
}
