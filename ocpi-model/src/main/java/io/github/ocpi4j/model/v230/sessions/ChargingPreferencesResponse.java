package io.github.ocpi4j.model.v230.sessions;

/**
 * The CPO's answer to a PUT of {@link ChargingPreferences}.
 *
 * <p>A PUT for an EVSE without the capability {@code CHARGING_PREFERENCES_CAPABLE} should get none of these, but
 * HTTP 404 with OCPI status 2001.
 *
 * <p>Specification: {@code [[mod_sessions_charging_preferences_response_enum]]}.
 */
public enum ChargingPreferencesResponse {
    /** Taken on; the EVSE will try to meet them, without guarantee. */
    ACCEPTED,
    /** The CPO cannot smart-charge by preferences without a {@code departure_time}. */
    DEPARTURE_REQUIRED,
    /** The CPO cannot smart-charge by preferences without an {@code energy_need}. */
    ENERGY_NEED_REQUIRED,
    /** The EVSE knows it cannot meet what was asked. */
    NOT_POSSIBLE,
    /** The EVSE does not offer the requested {@code profile_type}. */
    PROFILE_TYPE_NOT_SUPPORTED
}
