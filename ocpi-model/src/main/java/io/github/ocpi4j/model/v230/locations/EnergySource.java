package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The share of one kind of source in an {@link EnergyMix}. The shares of all sources given should total 100 percent.
 *
 * <p>Specification: {@code [[mod_locations_energysource_class]]}.
 *
 * @param source {@code source}: the kind of source.
 * @param percentage {@code percentage}: its share of the mix, from 0 to 100.
 */
@GenerateBuilder
public record EnergySource(
        @JsonProperty("source") @NotNull EnergySourceCategory source,

        @JsonProperty("percentage") @NotNull @DecimalMin("0") @DecimalMax("100")
        BigDecimal percentage) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link EnergySource} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends EnergySourceBuilderBase {
        private Builder() {}
    }
}
