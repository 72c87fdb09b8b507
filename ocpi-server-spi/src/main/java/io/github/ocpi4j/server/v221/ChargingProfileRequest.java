package io.github.ocpi4j.server.v221;

/** The three requests of the ChargingProfiles module whose results come back to a {@code response_url}. */
public enum ChargingProfileRequest {
    /** GET of the active profile; its result is an {@code ActiveChargingProfileResult}. */
    ACTIVE_PROFILE,
    /** PUT of a profile; its result is a {@code ChargingProfileResult}. */
    SET_PROFILE,
    /** DELETE of a profile; its result is a {@code ClearProfileResult}. */
    CLEAR_PROFILE
}
