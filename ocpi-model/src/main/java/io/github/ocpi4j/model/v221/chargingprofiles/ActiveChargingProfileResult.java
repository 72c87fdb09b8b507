package io.github.ocpi4j.model.v221.chargingprofiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The ActiveChargingProfileResult object is send by the CPO to the given {@code response_url} in a POST request. It
 * contains the result of the GET (ActiveChargingProfile) request send by the eMSP.
 *
 * <p>Specification: {@code [[mod_charging_profiles_active_charging_profiles_result_object]]}.
 *
 * @param result {@code result}: The EVSE will indicate if it was able to process the request for the
 *     ActiveChargingProfile.
 * @param profile {@code profile}: The requested ActiveChargingProfile, if the result field is set to: {@code ACCEPTED}.
 */
public record ActiveChargingProfileResult(
        @JsonProperty("result") @NotNull ChargingProfileResultType result,
        @JsonProperty("profile") @Valid @Nullable ActiveChargingProfile profile) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link ActiveChargingProfileResult} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable ChargingProfileResultType result;
        private @Nullable ActiveChargingProfile profile;

        private Builder() {}

        private Builder(ActiveChargingProfileResult from) {
            result = from.result;
            profile = from.profile;
        }

        /** Sets {@link ActiveChargingProfileResult#result()}. */
        public Builder result(@Nullable ChargingProfileResultType result) {
            this.result = result;
            return this;
        }

        /** Sets {@link ActiveChargingProfileResult#profile()}. */
        public Builder profile(@Nullable ActiveChargingProfile profile) {
            this.profile = profile;
            return this;
        }

        /** Returns the {@link ActiveChargingProfileResult}. */
        public ActiveChargingProfileResult build() {
            return new ActiveChargingProfileResult(result, profile);
        }
    }
}
