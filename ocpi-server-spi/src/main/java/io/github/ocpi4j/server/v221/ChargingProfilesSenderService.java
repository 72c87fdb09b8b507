package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ClearProfileResult;
import io.github.ocpi4j.server.RequestContext;

/**
 * The ChargingProfiles Sender interface, typically a smart charging provider's or eMSP's ({@code
 * [[mod_charging_profiles_scsp_interface]]}): the CPO posts the charger's results to the {@code response_url} of
 * each request (take them from {@link
 * V221Urls#chargingProfileResponseUrl(ChargingProfileRequest, String)}), and pushes a session's active profile when something else changed it.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface ChargingProfilesSenderService {

    /** Receives the result of a request for the active profile; {@code id} is the one put in its response URL. */
    void activeProfileResult(RequestContext ctx, String id, ActiveChargingProfileResult result);

    /** Receives the result of setting a profile. */
    void setProfileResult(RequestContext ctx, String id, ChargingProfileResult result);

    /** Receives the result of clearing a profile. */
    void clearProfileResult(RequestContext ctx, String id, ClearProfileResult result);

    /** Receives the profile now active on a session. */
    void activeProfileChanged(RequestContext ctx, CiString sessionId, ActiveChargingProfile profile);
}
