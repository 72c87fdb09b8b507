package io.github.ocpi4j.model.v230.chargingprofiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;

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
@GenerateBuilder
public record ChargingProfileResult(
        @JsonProperty("result") @NotNull ChargingProfileResultType result) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link ChargingProfileResult} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends ChargingProfileResultBuilderBase {
        private Builder() {}
    }
}
