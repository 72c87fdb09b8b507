package io.github.ocpi4j.model.v230.chargingprofiles;

/**
 * The CPO's immediate answer to a charging profile request (carried in {@link ChargingProfileResponse}).
 *
 * <p>Specification: {@code [[mod_charging_profiles_responsetype_enum]]}.
 */
public enum ChargingProfileResponseType {
    /** The CPO took the request on and passes it to the EVSE. */
    ACCEPTED,
    /** The CPO, or the Charge Point or EVSE concerned, has no charging profile support. */
    NOT_SUPPORTED,
    /** The CPO refuses, for example because the Session belongs to another eMSP's customer. */
    REJECTED,
    /** The CPO refuses because the Sender asks more often than it permits. */
    TOO_OFTEN,
    /** The CPO has no Session with the id given. */
    UNKNOWN_SESSION
}
