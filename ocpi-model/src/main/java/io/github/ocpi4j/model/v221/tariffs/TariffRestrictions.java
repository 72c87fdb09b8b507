package io.github.ocpi4j.model.v221.tariffs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Describes if and when a Tariff Element becomes active or inactive during a Charging Session.
 *
 * <p>The restrictions do not make a Tariff Element applicable or not applicable for the entire Charging Session.
 * When more than one restriction is set, they are treated as a logical AND: a Tariff Element is active if and only
 * if all of the properties set in its {@code TariffRestrictions} match. Times and dates are in the local time of the
 * Location ({@code time_zone}); times are {@code HH:MM} ({@link #startTime()}), dates {@code YYYY-MM-DD} ({@link
 * #startDate()}).
 *
 * <p>Specification: {@code [[mod_tariffs_tariffrestrictions_class]]}.
 *
 * @param startTime {@code start_time}: Start time of day in local time, the time zone is defined in the {@code
 *     time_zone} field of the Location, for example 13:30, valid from this time of the day. Must be in 24h format
 *     with leading zeros. Hour/Minute separator: ":" Regex: {@code ([0-1][0-9]|2[0-3]):[0-5][0-9]}.
 * @param endTime {@code end_time}: End time of day in local time, the time zone is defined in the {@code time_zone}
 *     field of the Location, for example 19:45, valid until this time of the day. Same syntax as {@code start_time}.
 *     If end_time &lt; start_time then the period wraps around to the next day. To stop at end of the day use: 00:00.
 * @param startDate {@code start_date}: Start date in local time, the time zone is defined in the {@code time_zone}
 *     field of the Location, for example: 2015-12-24, valid from this day (inclusive). Regex: {@code
 *     ([12][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])}.
 * @param endDate {@code end_date}: End date in local time, the time zone is defined in the {@code time_zone} field of
 *     the Location, for example: 2015-12-27, valid until this day (exclusive). Same syntax as {@code start_date}.
 * @param minKwh {@code min_kwh}: Minimum consumed energy in kWh, for example 20, valid from this amount of energy
 *     (inclusive) being used.
 * @param maxKwh {@code max_kwh}: Maximum consumed energy in kWh, for example 50, valid until this amount of energy
 *     (exclusive) being used.
 * @param minCurrent {@code min_current}: Sum of the minimum current (in Amperes) over all phases, for example 5. When
 *     the EV is charging with more than, or equal to, the defined amount of current, this TariffElement is/becomes
 *     active. If the charging current is or becomes lower, this TariffElement is not or no longer valid and becomes
 *     inactive. This describes NOT the minimum current over the entire Charging Session. This restriction can make a
 *     TariffElement become active when the charging current is above the defined value, but the TariffElement MUST no
 *     longer be active when the charging current drops below the defined value.
 * @param maxCurrent {@code max_current}: Sum of the maximum current (in Amperes) over all phases, for example 20.
 *     When the EV is charging with less than the defined amount of current, this TariffElement becomes/is active. If
 *     the charging current is or becomes higher, this TariffElement is not or no longer valid and becomes inactive.
 *     This describes NOT the maximum current over the entire Charging Session. This restriction can make a
 *     TariffElement become active when the charging current is below this value, but the TariffElement MUST no longer
 *     be active when the charging current raises above the defined value.
 * @param minPower {@code min_power}: Minimum power in kW, for example 5. When the EV is charging with more than, or
 *     equal to, the defined amount of power, this TariffElement is/becomes active. If the charging power is or
 *     becomes lower, this TariffElement is not or no longer valid and becomes inactive. This describes NOT the
 *     minimum power over the entire Charging Session. This restriction can make a TariffElement become active when
 *     the charging power is above this value, but the TariffElement MUST no longer be active when the charging power
 *     drops below the defined value.
 * @param maxPower {@code max_power}: Maximum power in kW, for example 20. When the EV is charging with less than the
 *     defined amount of power, this TariffElement becomes/is active. If the charging power is or becomes higher, this
 *     TariffElement is not or no longer valid and becomes inactive. This describes NOT the maximum power over the
 *     entire Charging Session. This restriction can make a TariffElement become active when the charging power is
 *     below this value, but the TariffElement MUST no longer be active when the charging power raises above the
 *     defined value.
 * @param minDuration {@code min_duration}: Minimum duration in seconds the Charging Session MUST last (inclusive).
 *     When the duration of a Charging Session is longer than the defined value, this TariffElement is or becomes
 *     active. Before that moment, this TariffElement is not yet active.
 * @param maxDuration {@code max_duration}: Maximum duration in seconds the Charging Session MUST last (exclusive).
 *     When the duration of a Charging Session is shorter than the defined value, this TariffElement is or becomes
 *     active. After that moment, this TariffElement is no longer active.
 * @param dayOfWeek {@code day_of_week}: Which day(s) of the week this TariffElement is active.
 * @param reservation {@code reservation}: When this field is present, the TariffElement describes reservation costs.
 *     A reservation starts when the reservation is made, and ends when the driver starts charging on the reserved
 *     EVSE/Location, or when the reservation expires. A reservation can only have: FLAT and TIME TariffDimensions,
 *     where {@code TIME} is for the duration of the reservation (checked by {@link TariffElement}).
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
