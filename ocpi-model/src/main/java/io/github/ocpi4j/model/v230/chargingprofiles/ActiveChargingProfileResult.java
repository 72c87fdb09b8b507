package io.github.ocpi4j.model.v230.chargingprofiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The EVSE's answer to a GET of its ActiveChargingProfile, POSTed by the CPO to the request's {@code response_url}.
 *
 * <p>When the {@code result} is {@code ACCEPTED}, it holds the requested {@code profile}.
 *
 * <pre>{@code
 * ActiveChargingProfileResult answer = ActiveChargingProfileResult.builder()
 *         .result(ChargingProfileResultType.ACCEPTED)
 *         .profile(ActiveChargingProfile.builder()
 *                 .startDateTime(Instant.parse("2024-05-01T18:00:00Z"))
 *                 .chargingProfile(profile)
 *                 .build())
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_charging_profiles_active_charging_profiles_result_object]]}.
 *
 * @param result {@code result}: whether the EVSE could answer the request; required.
 * @param profile {@code profile}: the EVSE's active profile; present when {@code result} is {@code ACCEPTED}.
 */
@GenerateBuilder
public record ActiveChargingProfileResult(
        @JsonProperty("result") @NotNull ChargingProfileResultType result,
        @JsonProperty("profile") @Valid @Nullable ActiveChargingProfile profile)
        implements CrossFieldRules {
    /**
     * Checks that {@code profile} is set when {@code result} is {@code ACCEPTED} ({@code
     * [[mod_charging_profiles_active_charging_profiles_result_object]]}).
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        if (result == ChargingProfileResultType.ACCEPTED && profile == null) {
            reporter.report("profile", "required when result is ACCEPTED");
        }
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link ActiveChargingProfileResult} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends ActiveChargingProfileResultBuilderBase {
        private Builder() {}
    }
}
