package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Pager;
import io.github.ocpi4j.client.internal.Transport;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ClearProfileResult;
import org.jspecify.annotations.Nullable;

/**
 * The partner's ChargingProfiles Sender interface, typically a smart charging provider's or eMSP's ({@code
 * [[mod_charging_profiles_scsp_interface]]}): this side, the CPO, posts the charger's results to the {@code
 * response_url} of each request, and pushes a session's active profile when it changes.
 *
 * <pre>{@code
 * ChargingProfilesSenderClient scsp = partner.v221().chargingProfilesSender();
 * scsp.postResult(responseUrl, new ChargingProfileResult(ChargingProfileResultType.ACCEPTED));
 * scsp.putActive("1234", activeProfile);
 * }</pre>
 */
public final class ChargingProfilesSenderClient extends ModuleClient {

    ChargingProfilesSenderClient(Transport transport, Pager pager, Access access, @Nullable String endpoint) {
        super(transport, pager, access, endpoint);
    }

    /** Posts the result of a request for the active profile. Not retried. */
    public void postResult(String responseUrl, ActiveChargingProfileResult result) {
        send("POST", responseUrl, valid(result), false);
    }

    /** Posts the result of setting a profile. Not retried. */
    public void postResult(String responseUrl, ChargingProfileResult result) {
        send("POST", responseUrl, valid(result), false);
    }

    /** Posts the result of clearing a profile. Not retried. */
    public void postResult(String responseUrl, ClearProfileResult result) {
        send("POST", responseUrl, valid(result), false);
    }

    /**
     * Pushes the profile now active on a session, when something other than the partner changed it.
     *
     * @throws IllegalStateException if the partner has no chargingprofiles SENDER endpoint
     */
    public void putActive(String sessionId, ActiveChargingProfile profile) {
        send("PUT", url(sessionId), valid(profile), true);
    }
}
