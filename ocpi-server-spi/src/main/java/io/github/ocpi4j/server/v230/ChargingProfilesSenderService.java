package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v230.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.ClearProfileResult;
import io.github.ocpi4j.server.RequestContext;

/**
 * The OCPI 2.3.0 ChargingProfiles Sender interface, typically a smart charging provider's or an eMSP's ({@code
 * [[mod_charging_profiles_emsp_interface]]}): a CPO sends the outcome of each request to the {@code response_url}
 * it carried (made with {@link V230Urls#chargingProfileResponseUrl(ChargingProfileRequest, String)}), and pushes a
 * session's profile when it changed for another reason. Called from many threads at once.
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
