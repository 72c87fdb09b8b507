package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the energy supplied at a location, or under a tariff, comes from and what waste it leaves.
 *
 * <p>Specification: {@code [[mod_locations_energymix_class]]}.
 *
 * @param isGreenEnergy {@code is_green_energy}: {@code true} when all of the energy is renewable, so without CO2 or
 *     nuclear waste.
 * @param energySources {@code energy_sources}: the share of each kind of source, in percent.
 * @param environImpact {@code environ_impact}: the nuclear waste and CO2 that come with the energy, per kWh.
 * @param supplierName {@code supplier_name}: optional name of the company that supplies the energy, at most 64
 *     characters. With {@code energy_product_name} it lets an app look up or show how green a known brand is.
 * @param energyProductName {@code energy_product_name}: optional name of the supplier's product or plan that is used,
 *     at most 64 characters.
 */
@GenerateBuilder
public record EnergyMix(
        @JsonProperty("is_green_energy") @NotNull Boolean isGreenEnergy,
        @JsonProperty("energy_sources") List<@Valid EnergySource> energySources,
        @JsonProperty("environ_impact") List<@Valid EnvironmentalImpact> environImpact,

        @JsonProperty("supplier_name") @Size(max = 64) @Nullable
        String supplierName,

        @JsonProperty("energy_product_name") @Size(max = 64) @Nullable
        String energyProductName) {

    /** Copies the lists; {@code null} becomes empty. */
    public EnergyMix {
        energySources = Lists.copyOf(energySources);
        environImpact = Lists.copyOf(environImpact);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link EnergyMix} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends EnergyMixBuilderBase {
        private Builder() {}
    }
}
