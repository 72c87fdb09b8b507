package io.github.ocpi4j.model.v221.locations;

/**
 * Categories of energy sources.
 *
 * <p>Specification: {@code [[mod_locations_energysourcecategory_enum]]}.
 */
public enum EnergySourceCategory {
    /** Nuclear power sources. */
    NUCLEAR,
    /** All kinds of fossil power sources. */
    GENERAL_FOSSIL,
    /** Fossil power from coal. */
    COAL,
    /** Fossil power from gas. */
    GAS,
    /** All kinds of regenerative power sources. */
    GENERAL_GREEN,
    /** Regenerative power from PV. */
    SOLAR,
    /** Regenerative power from wind turbines. */
    WIND,
    /** Regenerative power from water turbines. */
    WATER
}
