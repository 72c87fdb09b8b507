package io.github.ocpi4j.client.v230;

import io.github.ocpi4j.client.OcpiNegotiationException;
import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v230.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v230.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.ClearProfileResult;

/**
 * The partner's ChargingProfiles Sender interface, typically a smart charging provider's or eMSP's ({@code
 * [[mod_charging_profiles_scsp_interface]]}): this side, the CPO, posts the charger's results to the {@code
 * response_url} of each request, and pushes a session's active profile when it changes.
 *
 * <pre>{@code
 * ChargingProfilesSenderClient scsp = partner.v230().chargingProfilesSender();
 * scsp.postResult(responseUrl, new ChargingProfileResult(ChargingProfileResultType.ACCEPTED));
 * scsp.putActive("1234", activeProfile);
 * }</pre>
 */
public final class ChargingProfilesSenderClient {

    private final ModuleCalls calls;

    ChargingProfilesSenderClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Posts the result of a request for the active profile. Not retried. */
    public void postResult(String responseUrl, ActiveChargingProfileResult result) {
        calls.send("POST", responseUrl, calls.valid(result), false);
    }

    /** Posts the result of setting a profile. Not retried. */
    public void postResult(String responseUrl, ChargingProfileResult result) {
        calls.send("POST", responseUrl, calls.valid(result), false);
    }

    /** Posts the result of clearing a profile. Not retried. */
    public void postResult(String responseUrl, ClearProfileResult result) {
        calls.send("POST", responseUrl, calls.valid(result), false);
    }

    /**
     * Pushes the profile now active on a session, when something other than the partner changed it ({@code
     * [[mod_charging_profiles_msp_put_method]]}).
     *
     * @throws OcpiNegotiationException if the partner has no chargingprofiles SENDER endpoint, as for the other
     *     modules' clients; nothing is sent
     */
    public void putActive(String sessionId, ActiveChargingProfile profile) {
        calls.send("PUT", calls.url(sessionId), calls.valid(profile), true);
    }
}
