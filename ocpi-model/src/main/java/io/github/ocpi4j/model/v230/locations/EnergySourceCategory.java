package io.github.ocpi4j.model.v230.locations;

/**
 * A kind of energy source in an {@link EnergyMix}.
 *
 * <p>Specification: {@code [[mod_locations_energysourcecategory_enum]]}.
 */
public enum EnergySourceCategory {
    /** Nuclear power. */
    NUCLEAR,
    /** Fossil power of any kind. */
    GENERAL_FOSSIL,
    /** Fossil power from coal. */
    COAL,
    /** Fossil power from gas. */
    GAS,
    /** Renewable power of any kind. */
    GENERAL_GREEN,
    /** Renewable power from solar panels (PV). */
    SOLAR,
    /** Renewable power from wind turbines. */
    WIND,
    /** Renewable power from water turbines. */
    WATER
}
