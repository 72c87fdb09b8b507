package io.github.ocpi4j.model.v230.sessions;

/**
 * The smart charging profile a driver picks in {@code ChargingPreferences}; a Tariff can price each one differently.
 *
 * <p>Specification: {@code [[mod_sessions_profile_type_enum]]}.
 */
public enum ProfileType {
    /** Charge at the lowest cost. */
    CHEAP,
    /** Charge as fast as possible, at a higher price if need be. */
    FAST,
    /** Charge with as much renewable energy as possible. */
    GREEN,
    /** No particular wish. */
    REGULAR
}
