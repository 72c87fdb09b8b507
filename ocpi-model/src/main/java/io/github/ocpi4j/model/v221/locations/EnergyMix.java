package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * This type is used to specify the energy mix and environmental impact of the supplied energy at a location or in a
 * tariff.
 *
 * <p>Specification: {@code [[mod_locations_energymix_class]]}.
 *
 * @param isGreenEnergy {@code is_green_energy}: True if 100% from regenerative sources. (CO2 and nuclear waste is
 *     zero).
 * @param energySources {@code energy_sources}: Key-value pairs (enum percentage) of energy sources of this location's
 *     tariff.
 * @param environImpact {@code environ_impact}: Key-value pairs (enum percentage) of nuclear waste and CO2 exhaust of
 *     this location's tariff.
 * @param supplierName {@code supplier_name}: Name of the energy supplier, delivering the energy for this location or
 *     tariff.*.
 * @param energyProductName {@code energy_product_name}: Name of the energy suppliers product/tariff plan used at this
 *     location.*.
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
