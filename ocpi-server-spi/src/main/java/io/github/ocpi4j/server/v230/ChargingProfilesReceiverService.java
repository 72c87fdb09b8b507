package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResponse;
import io.github.ocpi4j.model.v230.chargingprofiles.SetChargingProfile;
import io.github.ocpi4j.server.RequestContext;

/**
 * The OCPI 2.3.0 ChargingProfiles Receiver interface, typically a CPO's ({@code
 * [[mod_charging_profiles_cpo_interface]]}): a smart charging provider or an eMSP asks for, sets or clears the
 * charging profile of a session. The host answers at once ({@code UNKNOWN_SESSION} for a session it does not know)
 * and sends the charger's result to the request's {@code response_url} when it has it. ocpi4j has checked that
 * {@code duration} is a whole, non-negative number of seconds and {@code response_url} an absolute URL of at most
 * 255 characters. Called from many threads at once.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface ChargingProfilesReceiverService {

    /** Asks for the profile active on a session for the coming {@code durationSeconds}. */
    ChargingProfileResponse activeProfile(
            RequestContext ctx, CiString sessionId, int durationSeconds, String responseUrl);

    /** Sets a charging profile on a session. */
    ChargingProfileResponse setProfile(RequestContext ctx, CiString sessionId, SetChargingProfile request);

    /** Clears the charging profile of a session. */
    ChargingProfileResponse clearProfile(RequestContext ctx, CiString sessionId, String responseUrl);
}
