package io.github.ocpi4j.server.v230;

/**
 * The three OCPI 2.3.0 ChargingProfiles requests whose results arrive later at a {@code response_url} ({@code
 * [[mod_charging_profiles_cpo_interface]]}).
 */
public enum ChargingProfileRequest {
    /** GET of the active profile; its result is an {@code ActiveChargingProfileResult}. */
    ACTIVE_PROFILE,
    /** PUT of a profile; its result is a {@code ChargingProfileResult}. */
    SET_PROFILE,
    /** DELETE of a profile; its result is a {@code ClearProfileResult}. */
    CLEAR_PROFILE
}
