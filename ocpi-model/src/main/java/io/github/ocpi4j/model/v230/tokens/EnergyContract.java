package io.github.ocpi4j.model.v230.tokens;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The driver's own electricity supplier and contract, for Charge Points that let a driver charge on it.
 *
 * <p>Specification: {@code [[mod_tokens_energy_contract]]}.
 *
 * @param supplierName {@code supplier_name}: the supplier's name, at most 64 characters; required.
 * @param contractId {@code contract_id}: the Token owner's contract number with that supplier, at most 64 characters;
 *     optional.
 */
@GenerateBuilder
public record EnergyContract(
        @JsonProperty("supplier_name") @NotNull @Size(max = 64)
        String supplierName,

        @JsonProperty("contract_id") @Size(max = 64) @Nullable
        String contractId) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link EnergyContract} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends EnergyContractBuilderBase {
        private Builder() {}
    }
}
