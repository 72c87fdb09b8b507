package io.github.ocpi4j.model.v230.chargingprofiles;

/**
 * What the EVSE made of a charging profile request, passed back by the CPO to the Sender.
 *
 * <p>Specification: {@code [[mod_charging_profiles_resulttype_enum]]}.
 */
public enum ChargingProfileResultType {
    /** The EVSE carried out the request. */
    ACCEPTED,
    /** The EVSE refused the request. */
    REJECTED,
    /** The EVSE has no charging profile that fits the request. */
    UNKNOWN
}
