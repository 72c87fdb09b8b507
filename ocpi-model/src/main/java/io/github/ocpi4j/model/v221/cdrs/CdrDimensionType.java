package io.github.ocpi4j.model.v221.cdrs;

/**
 * The type of a {@link CdrDimension}: what a value of a ChargingPeriod measures, in Sessions and CDRs.
 *
 * <p>Some of these values are not useful for CDRs and SHALL only be used in Sessions: those that are {@link
 * #isSessionOnly() session only} ({@code CURRENT}, {@code ENERGY_EXPORT}, {@code ENERGY_IMPORT}, {@code POWER},
 * {@code STATE_OF_CHARGE}). {@link CDR} reports them as violations.
 *
 * <p>Specification: {@code [[mod_cdrs_cdrdimensiontype_enum]]}.
 */
public enum CdrDimensionType {
    /**
     * Session only. Average charging current during this ChargingPeriod: defined in A (Ampere). When negative, the
     * current is flowing from the EV to the grid.
     */
    CURRENT(true),
    /**
     * Total amount of energy (dis-)charged during this ChargingPeriod: defined in kWh. When negative, more energy
     * was feed into the grid then charged into the EV. Default step_size is 1.
     */
    ENERGY(false),
    /** Session only. Total amount of energy feed back into the grid: defined in kWh. */
    ENERGY_EXPORT(true),
    /** Session only. Total amount of energy charged, defined in kWh. */
    ENERGY_IMPORT(true),
    /** Sum of the maximum current over all phases, reached during this ChargingPeriod: defined in A (Ampere). */
    MAX_CURRENT(false),
    /**
     * Sum of the minimum current over all phases, reached during this ChargingPeriod, when negative, current has
     * flowed from the EV to the grid. Defined in A (Ampere).
     */
    MIN_CURRENT(false),
    /** Maximum power reached during this ChargingPeriod: defined in kW (Kilowatt). */
    MAX_POWER(false),
    /**
     * Minimum power reached during this ChargingPeriod: defined in kW (Kilowatt), when negative, the power has
     * flowed from the EV to the grid.
     */
    MIN_POWER(false),
    /**
     * Time in this ChargingPeriod during which the vehicle is not requesting power. Defined in hours, default
     * step_size multiplier is 1 second.
     */
    PARKING_TIME(false),
    /**
     * Session only. Average power during this ChargingPeriod: defined in kW (Kilowatt). When negative, the power is
     * flowing from the EV to the grid.
     */
    POWER(true),
    /**
     * Time in this ChargingPeriod during which the EVSE has been reserved and not yet been in use for this customer:
     * defined in hours, default step_size multiplier is 1 second.
     */
    RESERVATION_TIME(false),
    /**
     * Session only. Current state of charge of the EV, in percentage, values allowed: 0 to 100 (checked by {@link
     * CdrDimension}).
     */
    STATE_OF_CHARGE(true),
    /** Time charging in this ChargingPeriod. Defined in hours, default step_size multiplier is 1 second. */
    TIME(false);

    private final boolean sessionOnly;

    CdrDimensionType(boolean sessionOnly) {
        this.sessionOnly = sessionOnly;
    }

    /**
     * Returns whether this type SHALL only be used in Sessions, never in a CDR (column "Session Only" of {@code
     * [[mod_cdrs_cdrdimensiontype_enum]]}).
     */
    public boolean isSessionOnly() {
        return sessionOnly;
    }
}
