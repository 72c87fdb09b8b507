package io.github.ocpi4j.model.v221.chargingprofiles;

/**
 * Result of a ChargingProfile request that the EVSE sends via the CPO to the eMSP.
 *
 * <p>Specification: {@code [[mod_charging_profiles_resulttype_enum]]}.
 */
public enum ChargingProfileResultType {
    /** ChargingProfile request accepted by the EVSE. */
    ACCEPTED,
    /** ChargingProfile request rejected by the EVSE. */
    REJECTED,
    /** No Charging Profile(s) were found by the EVSE matching the request. */
    UNKNOWN
}
