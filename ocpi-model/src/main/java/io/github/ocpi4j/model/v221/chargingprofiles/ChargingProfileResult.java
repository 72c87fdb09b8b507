package io.github.ocpi4j.model.v221.chargingprofiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The EVSE's answer to a PUT of a {@link SetChargingProfile}, POSTed by the CPO to the request's {@code response_url}.
 *
 * <pre>{@code
 * ChargingProfileResult answer = ChargingProfileResult.builder()
 *         .result(ChargingProfileResultType.REJECTED)
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_charging_profiles_charging_profiles_result_object]]}.
 *
 * @param result {@code result}: whether the EVSE took the new or changed profile; required.
 */
public record ChargingProfileResult(
        @JsonProperty("result") @NotNull ChargingProfileResultType result) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link ChargingProfileResult} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable ChargingProfileResultType result;

        private Builder() {}

        private Builder(ChargingProfileResult from) {
            result = from.result;
        }

        /** Sets {@link ChargingProfileResult#result()}. */
        public Builder result(@Nullable ChargingProfileResultType result) {
            this.result = result;
            return this;
        }

        /** Returns the {@link ChargingProfileResult}. */
        public ChargingProfileResult build() {
            return new ChargingProfileResult(result);
        }
    }
}
