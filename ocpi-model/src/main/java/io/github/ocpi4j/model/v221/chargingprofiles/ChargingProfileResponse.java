package io.github.ocpi4j.model.v221.chargingprofiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

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
public record ChargingProfileResponse(
        @JsonProperty("result") @NotNull ChargingProfileResponseType result,
        @JsonProperty("timeout") @NotNull Integer timeout) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link ChargingProfileResponse} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable ChargingProfileResponseType result;
        private @Nullable Integer timeout;

        private Builder() {}

        private Builder(ChargingProfileResponse from) {
            result = from.result;
            timeout = from.timeout;
        }

        /** Sets {@link ChargingProfileResponse#result()}. */
        public Builder result(@Nullable ChargingProfileResponseType result) {
            this.result = result;
            return this;
        }

        /** Sets {@link ChargingProfileResponse#timeout()}. */
        public Builder timeout(@Nullable Integer timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Returns the {@link ChargingProfileResponse}. */
        public ChargingProfileResponse build() {
            return new ChargingProfileResponse(result, timeout);
        }
    }
}
