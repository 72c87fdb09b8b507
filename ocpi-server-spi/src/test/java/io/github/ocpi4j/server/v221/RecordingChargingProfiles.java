package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResponse;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResponseType;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ClearProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.SetChargingProfile;
import io.github.ocpi4j.server.RequestContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Charging profiles, both roles: accepts every request with a timeout of 60 seconds (Receiver) and records every
 * call of either role with its method name and arguments.
 */
class RecordingChargingProfiles implements ChargingProfilesReceiverService, ChargingProfilesSenderService {
    static final ChargingProfileResponse ACCEPTED =
            new ChargingProfileResponse(ChargingProfileResponseType.ACCEPTED, 60);

    final List<Received> calls = new ArrayList<>();

    /**
     * One call of the service.
     *
     * @param method the service method
     * @param key the session id, or the id of the response URL
     * @param arguments the other arguments
     */
    record Received(String method, String key, List<Object> arguments) {}

    @Override
    public ChargingProfileResponse activeProfile(
            RequestContext ctx, CiString sessionId, int durationSeconds, String responseUrl) {
        calls.add(new Received("activeProfile", sessionId.value(), List.of(durationSeconds, responseUrl)));
        return ACCEPTED;
    }

    @Override
    public ChargingProfileResponse setProfile(RequestContext ctx, CiString sessionId, SetChargingProfile request) {
        calls.add(new Received("setProfile", sessionId.value(), List.of(request)));
        return ACCEPTED;
    }

    @Override
    public ChargingProfileResponse clearProfile(RequestContext ctx, CiString sessionId, String responseUrl) {
        calls.add(new Received("clearProfile", sessionId.value(), List.of(responseUrl)));
        return ACCEPTED;
    }

    @Override
    public void activeProfileResult(RequestContext ctx, String id, ActiveChargingProfileResult result) {
        calls.add(new Received("activeProfileResult", id, List.of(result)));
    }

    @Override
    public void setProfileResult(RequestContext ctx, String id, ChargingProfileResult result) {
        calls.add(new Received("setProfileResult", id, List.of(result)));
    }

    @Override
    public void clearProfileResult(RequestContext ctx, String id, ClearProfileResult result) {
        calls.add(new Received("clearProfileResult", id, List.of(result)));
    }

    @Override
    public void activeProfileChanged(RequestContext ctx, CiString sessionId, ActiveChargingProfile profile) {
        calls.add(new Received("activeProfileChanged", sessionId.value(), List.of(profile)));
    }
}
