package io.github.ocpi4j.model.v221.tariffs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Describes how an amount consumed of one dimension translates into an amount of money owed.
 *
 * <p>The unit of {@code step_size} depends on {@code type} ({@link TariffDimensionType}): 1 Wh for {@code ENERGY},
 * 1 second for {@code TIME} and {@code PARKING_TIME}; {@code FLAT} has none. How {@code step_size} is applied to a
 * session is described in {@code [[mod_cdrs_step_size]]}.
 *
 * <p>Specification: {@code [[mod_tariffs_pricecomponent_class]]}.
 *
 * @param type {@code type}: The dimension that is being priced.
 * @param price {@code price}: Price per unit (excl. VAT) for this dimension.
 * @param vat {@code vat}: Applicable VAT percentage for this tariff dimension. If omitted, no VAT is applicable. Not
 *     providing a VAT is different from 0% VAT, which would be a value of 0.0 here.
 * @param stepSize {@code step_size}: Minimum amount to be billed. That is, the dimension will be billed in this
 *     {@code step_size} blocks. Consumed amounts are rounded up to the smallest multiple of {@code step_size} that is
 *     greater than the consumed amount. For example: if {@code type} is {@code TIME} and {@code step_size} has a
 *     value of {@code 300}, then time will be billed in blocks of 5 minutes. If 6 minutes were consumed, 10 minutes
 *     (2 blocks of {@code step_size}) will be billed.
 */
@GenerateBuilder
public record PriceComponent(
        @JsonProperty("type") @NotNull TariffDimensionType type,
        @JsonProperty("price") @NotNull BigDecimal price,
        @JsonProperty("vat") @Nullable BigDecimal vat,
        @JsonProperty("step_size") @NotNull Integer stepSize) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link PriceComponent} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends PriceComponentBuilderBase {
        private Builder() {}
    }
}
