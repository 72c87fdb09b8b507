package io.github.ocpi4j.model.v221.chargingprofiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The EVSE's answer to a DELETE of a charging profile, POSTed by the CPO to the request's {@code response_url}.
 *
 * <pre>{@code
 * ClearProfileResult answer = ClearProfileResult.builder()
 *         .result(ChargingProfileResultType.UNKNOWN)
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_charging_profiles_clear_profiles_result_object]]}.
 *
 * @param result {@code result}: whether the EVSE could remove the charging profile; required.
 */
public record ClearProfileResult(
        @JsonProperty("result") @NotNull ChargingProfileResultType result) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link ClearProfileResult} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable ChargingProfileResultType result;

        private Builder() {}

        private Builder(ClearProfileResult from) {
            result = from.result;
        }

        /** Sets {@link ClearProfileResult#result()}. */
        public Builder result(@Nullable ChargingProfileResultType result) {
            this.result = result;
            return this;
        }

        /** Returns the {@link ClearProfileResult}. */
        public ClearProfileResult build() {
            return new ClearProfileResult(result);
        }
    }
}
