package io.github.ocpi4j.model.v230.tariffs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The conditions under which a Tariff Element applies during a session. They are checked as the session goes on, so
 * an element can switch on and off within one session; they never accept or reject the whole session at once.
 *
 * <p>All restrictions that are set must match together (logical AND) for the element to be active. Minimums are
 * inclusive and maximums exclusive. Times and dates are local to the Location's {@code time_zone}; times are {@code
 * HH:MM} ({@link #startTime()}), dates {@code YYYY-MM-DD} ({@link #startDate()}).
 *
 * <p>Specification: {@code [[mod_tariffs_tariffrestrictions_class]]}.
 *
 * @param startTime {@code start_time}: the local time of day from which the element applies, 24-hour {@code HH:MM}
 *     with leading zeros (for example {@code 13:30}); pattern {@code ([0-1][0-9]|2[0-3]):[0-5][0-9]}.
 * @param endTime {@code end_time}: the local time of day until which the element applies, written like {@code
 *     start_time}. When it is earlier than {@code start_time}, the window runs past midnight into the next day;
 *     {@code 00:00} means the end of the day.
 * @param startDate {@code start_date}: the first local date on which the element applies (inclusive), {@code
 *     YYYY-MM-DD}; pattern {@code ([12][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])}.
 * @param endDate {@code end_date}: the local date from which the element no longer applies (exclusive), written like
 *     {@code start_date}.
 * @param minKwh {@code min_kwh}: the element applies once the session has used at least this much energy, in kWh
 *     (inclusive).
 * @param maxKwh {@code max_kwh}: the element applies as long as the session has used less than this much energy, in
 *     kWh (exclusive).
 * @param minCurrent {@code min_current}: the element applies while the charging current, summed over all phases, is
 *     at least this many amperes, and stops applying as soon as it falls below. It compares the present current, not
 *     the lowest of the session.
 * @param maxCurrent {@code max_current}: the element applies while the charging current, summed over all phases, is
 *     below this many amperes, and stops applying as soon as it rises above. It compares the present current, not
 *     the highest of the session.
 * @param minPower {@code min_power}: the element applies while the charging power is at least this many kW, and
 *     stops applying as soon as it falls below. It compares the present power, not the lowest of the session.
 * @param maxPower {@code max_power}: the element applies while the charging power is below this many kW, and stops
 *     applying as soon as it rises above. It compares the present power, not the highest of the session.
 * @param minDuration {@code min_duration}: the element applies once the session has lasted this many seconds
 *     (inclusive), not before.
 * @param maxDuration {@code max_duration}: the element applies until the session has lasted this many seconds
 *     (exclusive), not after.
 * @param dayOfWeek {@code day_of_week}: the local days of the week on which the element applies; empty means every
 *     day.
 * @param reservation {@code reservation}: when present, the element prices a reservation instead of charging. A
 *     reservation lasts from its booking until the driver starts charging at the reserved EVSE or Location, or until
 *     it expires. Such an element may only hold {@code FLAT} and {@code TIME} components, {@code TIME} pricing the
 *     reservation's duration (checked by {@link TariffElement}).
 */
@GenerateBuilder
public record TariffRestrictions(
        @JsonProperty("start_time") @Size(max = 5) @Pattern(regexp = TariffRestrictions.TIME) @Nullable
        String startTime,

        @JsonProperty("end_time") @Size(max = 5) @Pattern(regexp = TariffRestrictions.TIME) @Nullable
        String endTime,

        @JsonProperty("start_date") @Size(max = 10) @Pattern(regexp = TariffRestrictions.DATE) @Nullable
        String startDate,

        @JsonProperty("end_date") @Size(max = 10) @Pattern(regexp = TariffRestrictions.DATE) @Nullable
        String endDate,

        @JsonProperty("min_kwh") @Nullable BigDecimal minKwh,
        @JsonProperty("max_kwh") @Nullable BigDecimal maxKwh,
        @JsonProperty("min_current") @Nullable BigDecimal minCurrent,
        @JsonProperty("max_current") @Nullable BigDecimal maxCurrent,
        @JsonProperty("min_power") @Nullable BigDecimal minPower,
        @JsonProperty("max_power") @Nullable BigDecimal maxPower,
        @JsonProperty("min_duration") @Nullable Integer minDuration,
        @JsonProperty("max_duration") @Nullable Integer maxDuration,
        @JsonProperty("day_of_week") List<DayOfWeek> dayOfWeek,
        @JsonProperty("reservation") @Nullable ReservationRestrictionType reservation) {
    /**
     * The format of {@code start_time} and {@code end_time} in {@code [[mod_tariffs_tariffrestrictions_class]]}: a
     * time of day in 24h format with leading zeros, {@code HH:MM}.
     */
    static final String TIME = "([0-1][0-9]|2[0-3]):[0-5][0-9]";

    /**
     * The format of {@code start_date} and {@code end_date} in {@code [[mod_tariffs_tariffrestrictions_class]]}:
     * {@code YYYY-MM-DD}.
     */
    static final String DATE = "([12][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";

    /** Copies the lists; {@code null} becomes empty. */
    public TariffRestrictions {
        dayOfWeek = Lists.copyOf(dayOfWeek);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link TariffRestrictions} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends TariffRestrictionsBuilderBase {
        private Builder() {}
    }
}
