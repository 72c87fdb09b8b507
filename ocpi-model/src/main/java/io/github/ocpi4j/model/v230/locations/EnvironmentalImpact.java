package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One kind of waste or emission that comes with the supplied energy, per kWh.
 *
 * <p>Specification: {@code [[mod_locations_environmentalimpact_class]]}.
 *
 * @param category {@code category}: what is measured.
 * @param amount {@code amount}: how much, in grams per kWh.
 */
@GenerateBuilder
public record EnvironmentalImpact(
        @JsonProperty("category") @NotNull EnvironmentalImpactCategory category,
        @JsonProperty("amount") @NotNull BigDecimal amount) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link EnvironmentalImpact} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends EnvironmentalImpactBuilderBase {
        private Builder() {}
    }
}
