package io.github.ocpi4j.model.v230.chargingprofiles;

/**
 * The unit of the limits in a {@link ChargingProfile}: power or current.
 *
 * <p>Specification: {@code [[mod_charging_profiles_chargingrateunit]]}.
 */
public enum ChargingRateUnit {
    /** Power in watts, over all phases together; the usual choice for DC. */
    W,
    /** Current in amperes on each phase (not added up over phases); the usual choice for AC. */
    A
}
