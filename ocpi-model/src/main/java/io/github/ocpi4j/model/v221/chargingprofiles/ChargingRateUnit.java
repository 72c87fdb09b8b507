package io.github.ocpi4j.model.v221.chargingprofiles;

/**
 * Unit in which a charging profile is defined.
 *
 * <p>Specification: {@code [[mod_charging_profiles_chargingrateunit]]}.
 */
public enum ChargingRateUnit {
    /**
     * Watts (power). This is the total allowed charging power. It is usually more convenient to use this for DC
     * charging.
     */
    W,
    /**
     * Amperes (current). The amount of Ampere per phase, not the sum of all phases. It is usually more convenient to
     * use this for AC charging.
     */
    A
}
