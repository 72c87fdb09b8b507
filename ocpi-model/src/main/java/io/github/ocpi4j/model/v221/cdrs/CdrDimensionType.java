package io.github.ocpi4j.model.v221.cdrs;

/**
 * This enumeration contains allowed values for CdrDimensions, which are used to define dimensions of ChargingPeriods
 * in both {@code CDRs} and {@code Sessions}. Some of these values are not useful for {@code CDRs}, and SHALL therefor
 * only be used in {@code Sessions}, these are marked in the column: Session Only.
 *
 * <p>Specification: {@code [[mod_cdrs_cdrdimensiontype_enum]]}.
 */
public enum CdrDimensionType {
    /**
     * Session only. Average charging current during this ChargingPeriod: defined in A (Ampere). When negative, the
     * current is flowing from the EV to the grid.
     */
    CURRENT,
    /**
     * Total amount of energy (dis-)charged during this ChargingPeriod: defined in kWh. When negative, more energy
     * was feed into the grid then charged into the EV. Default step_size is 1.
     */
    ENERGY,
    /** Session only. Total amount of energy feed back into the grid: defined in kWh. */
    ENERGY_EXPORT,
    /** Session only. Total amount of energy charged, defined in kWh. */
    ENERGY_IMPORT,
    /** Sum of the maximum current over all phases, reached during this ChargingPeriod: defined in A (Ampere). */
    MAX_CURRENT,
    /**
     * Sum of the minimum current over all phases, reached during this ChargingPeriod, when negative, current has
     * flowed from the EV to the grid. Defined in A (Ampere).
     */
    MIN_CURRENT,
    /** Maximum power reached during this ChargingPeriod: defined in kW (Kilowatt). */
    MAX_POWER,
    /**
     * Minimum power reached during this ChargingPeriod: defined in kW (Kilowatt), when negative, the power has
     * flowed from the EV to the grid.
     */
    MIN_POWER,
    /**
     * Time in this ChargingPeriod during which the vehicle is not requesting power. Defined in hours, default
     * step_size multiplier is 1 second.
     */
    PARKING_TIME,
    /**
     * Session only. Average power during this ChargingPeriod: defined in kW (Kilowatt). When negative, the power is
     * flowing from the EV to the grid.
     */
    POWER,
    /**
     * Time in this ChargingPeriod during which the EVSE has been reserved and not yet been in use for this customer:
     * defined in hours, default step_size multiplier is 1 second.
     */
    RESERVATION_TIME,
    /** Session only. Current state of charge of the EV, in percentage, values allowed: 0 to 100. See note below. */
    STATE_OF_CHARGE,
    /** Time charging in this ChargingPeriod. Defined in hours, default step_size multiplier is 1 second. */
    TIME
}
