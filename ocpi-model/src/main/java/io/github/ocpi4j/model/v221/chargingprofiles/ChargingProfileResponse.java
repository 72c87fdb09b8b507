package io.github.ocpi4j.model.v221.chargingprofiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;

/**
 * The Receiver's direct answer to a ChargingProfile request, sent in the HTTP response body.
 *
 * <p>It says whether the CPO understood the request and could send it to the EVSE, not what the EVSE did: that
 * comes later on the {@code response_url}. Because OCPI does not retry, the {@code timeout} tells the Sender how
 * long to wait for that result.
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
 * @param result {@code result}: Response from the CPO on the ChargingProfile request.
 * @param timeout {@code timeout}: Timeout for this ChargingProfile request in seconds. When the Result is not
 *     received within this timeout, the eMSP can assume that the message might never be sent.
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
