package io.github.ocpi4j.model.v221.sessions;

/**
 * An enum with possible responses to a PUT Charging Preferences request.
 *
 * <p>Specification: {@code [[mod_sessions_charging_preferences_response_enum]]}.
 */
public enum ChargingPreferencesResponse {
    /**
     * Charging Preferences accepted, EVSE will try to accomplish them, although this is no guarantee that they will
     * be fulfilled.
     */
    ACCEPTED,
    /** CPO requires {@code departure_time} to be able to perform Charging Preference based Smart Charging. */
    DEPARTURE_REQUIRED,
    /** CPO requires {@code energy_need} to be able to perform Charging Preference based Smart Charging. */
    ENERGY_NEED_REQUIRED,
    /** Charging Preferences contain a demand that the EVSE knows it cannot fulfill. */
    NOT_POSSIBLE,
    /** {@code profile_type} contains a value that is not supported by the EVSE. */
    PROFILE_TYPE_NOT_SUPPORTED
}
