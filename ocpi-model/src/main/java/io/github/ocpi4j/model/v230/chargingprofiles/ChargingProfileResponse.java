package io.github.ocpi4j.model.v230.chargingprofiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;

/**
 * The Receiver's direct answer to a ChargingProfile request, sent in the HTTP response body.
 *
 * <p>It says whether the CPO took the request on and could pass it to the EVSE, not what the EVSE did: that arrives
 * later on the {@code response_url}. OCPI has no retries, so that call may never come; {@code timeout} tells the
 * Sender how long to wait before giving up.
 *
 * <pre>{@code
 * ChargingProfileResponse response = ChargingProfileResponse.builder()
 *         .result(ChargingProfileResponseType.ACCEPTED)
 *         .timeout(60)
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_charging_profiles_response_object]]}.
 *
 * @param result {@code result}: whether the CPO accepted the request; required.
 * @param timeout {@code timeout}: seconds the Sender should wait for the result on its {@code response_url}; after
 *     that it may assume none will come. Required.
 */
@GenerateBuilder
public record ChargingProfileResponse(
        @JsonProperty("result") @NotNull ChargingProfileResponseType result,
        @JsonProperty("timeout") @NotNull Integer timeout) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link ChargingProfileResponse} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends ChargingProfileResponseBuilderBase {
        private Builder() {}
    }
}
