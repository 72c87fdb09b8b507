package io.github.ocpi4j.client.v230;

import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResponse;
import io.github.ocpi4j.model.v230.chargingprofiles.SetChargingProfile;

/**
 * The partner's ChargingProfiles Receiver interface, typically a CPO's ({@code
 * [[mod_charging_profiles_cpo_interface]]}): this side, a smart charging provider or eMSP, reads, sets and clears
 * the charging profile of a session. Each answer says whether the CPO accepted the request; the charger's result
 * arrives later at the {@code response_url}. Like commands, these requests are never retried: each may make the
 * CPO ask the charger, and post a result, once more.
 *
 * <pre>{@code
 * ChargingProfileResponse answer = partner.v230().chargingProfilesReceiver()
 *         .activeProfile("1234", 900, "https://scsp.example.com/ocpi/2.3.0/chargingprofiles/result/77");
 * }</pre>
 */
public final class ChargingProfilesReceiverClient {

    private final ModuleCalls calls;

    ChargingProfilesReceiverClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /**
     * Asks for the charging profile active on a session for the coming {@code durationSeconds}; the result goes to
     * {@code responseUrl}.
     */
    public ChargingProfileResponse activeProfile(String sessionId, int durationSeconds, String responseUrl) {
        String url = ModuleCalls.withQuery(
                ModuleCalls.withQuery(calls.url(sessionId), "duration", Integer.toString(durationSeconds)),
                "response_url",
                responseUrl);
        return calls.exchange("GET", url, null, ChargingProfileResponse.class, false);
    }

    /** Sets a charging profile on a session; the result goes to the request's {@code response_url}. */
    public ChargingProfileResponse set(String sessionId, SetChargingProfile request) {
        return calls.exchange("PUT", calls.url(sessionId), calls.valid(request), ChargingProfileResponse.class, false);
    }

    /** Clears the charging profile of a session; the result goes to {@code responseUrl}. */
    public ChargingProfileResponse clear(String sessionId, String responseUrl) {
        String url = ModuleCalls.withQuery(calls.url(sessionId), "response_url", responseUrl);
        return calls.exchange("DELETE", url, null, ChargingProfileResponse.class, false);
    }
}
