package io.github.ocpi4j.model.v230.tariffs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The price of one dimension (energy, charging time, parking time or a flat fee): what each unit used costs, its VAT
 * and how finely it is billed. Whether {@code price} holds the taxes is said once for all components by the Tariff's
 * {@code tax_included} ({@link Tariff#taxIncluded()}).
 *
 * <p>The unit of {@code step_size} depends on {@code type} ({@link TariffDimensionType}): 1 Wh for {@code ENERGY},
 * 1 second for {@code TIME} and {@code PARKING_TIME}; {@code FLAT} has none. A session is rounded on its totals, not
 * per period: once for {@code ENERGY}, and once for the time dimensions together, on the one billed last (parking
 * time if the session ended parked), each time with the {@code step_size} of the last component used. Switching
 * between elements or tariffs rounds nothing; see {@code [[mod_cdrs_step_size]]} for the cases.
 *
 * <p>Specification: {@code [[mod_tariffs_pricecomponent_class]]}.
 *
 * @param type {@code type}: the dimension this component prices.
 * @param price {@code price}: the price of one unit of {@code type} in the tariff's currency: per kWh, per hour, or
 *     a one-off amount for {@code FLAT}. With or without taxes, as the Tariff's {@code tax_included} says.
 * @param vat {@code vat}: the VAT rate for this component, in percent; absent when no VAT applies. North American
 *     tariffs usually leave it out, their CPO not knowing the rate in advance; a Tariff with {@code tax_included}
 *     {@code N/A} must leave it out (checked by {@link Tariff}).
 * @param stepSize {@code step_size}: the billing granularity in units of {@code type}: the amount used is rounded up
 *     to a whole number of steps. With {@code TIME} and {@code 300}, time is billed in 5-minute blocks, so 6 minutes
 *     cost as 10.
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
