package io.github.ocpi4j.model.v230.cdrs;

/**
 * The type of a {@link CdrDimension}: what a value of a ChargingPeriod measures, in Sessions and CDRs.
 *
 * <p>Five types ({@code CURRENT}, {@code ENERGY_EXPORT}, {@code ENERGY_IMPORT}, {@code POWER}, {@code
 * STATE_OF_CHARGE}) are {@link #isSessionOnly() session only}: a Session may carry them, a CDR must not, and {@link
 * CDR} reports them as violations. A negative value, where allowed, means the flow went from the EV to the grid.
 *
 * <p>Specification: {@code [[mod_cdrs_cdrdimensiontype_enum]]}.
 */
public enum CdrDimensionType {
    /** Session only. Mean current of the period, in A; negative when the EV discharges. */
    CURRENT(true),
    /**
     * Net energy of the period, in kWh; negative when the EV fed more into the grid than it took. Its step_size is
     * counted in Wh.
     */
    ENERGY(false),
    /** Session only. Energy the EV returned to the grid, in kWh. */
    ENERGY_EXPORT(true),
    /** Session only. Energy the EV took from the grid, in kWh. */
    ENERGY_IMPORT(true),
    /** Highest current of the period, summed over the phases, in A. */
    MAX_CURRENT(false),
    /** Lowest current of the period, summed over the phases, in A; negative when the EV discharged. */
    MIN_CURRENT(false),
    /** Highest power of the period, in kW. */
    MAX_POWER(false),
    /** Lowest power of the period, in kW; negative when the EV discharged. */
    MIN_POWER(false),
    /**
     * Hours of the period in which the vehicle asked for no power (parked, not charging). Its step_size is counted
     * in seconds.
     */
    PARKING_TIME(false),
    /** Session only. Mean power of the period, in kW; negative when the EV discharges. */
    POWER(true),
    /**
     * Hours of the period in which the EVSE was held for this customer before use. Its step_size is counted in
     * seconds.
     */
    RESERVATION_TIME(false),
    /** Session only. The EV's state of charge in percent, 0 to 100 (checked by {@link CdrDimension}). */
    STATE_OF_CHARGE(true),
    /** Hours of the period spent charging. Its step_size is counted in seconds. */
    TIME(false);

    private final boolean sessionOnly;

    CdrDimensionType(boolean sessionOnly) {
        this.sessionOnly = sessionOnly;
    }

    /**
     * Returns whether this type belongs in Sessions only and must not appear in a CDR (column "Session Only" of
     * {@code [[mod_cdrs_cdrdimensiontype_enum]]}).
     */
    public boolean isSessionOnly() {
        return sessionOnly;
    }
}
