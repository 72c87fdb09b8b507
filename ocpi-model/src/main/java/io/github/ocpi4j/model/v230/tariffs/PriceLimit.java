package io.github.ocpi4j.model.v230.tariffs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A bound on what a session under a {@link Tariff} costs, its {@code min_price} or {@code max_price}: the amount
 * without taxes and, optionally, with them. Each amount bounds the session's cost on its own, since taxes may differ
 * between the parts of a session. Amounts are in the Tariff's currency.
 *
 * <pre>{@code
 * PriceLimit cap = PriceLimit.of(new BigDecimal("10.00"), new BigDecimal("11.00"));
 * }</pre>
 *
 * <p>Specification: {@code [[mod_tariffs_pricelimit_class]]}.
 *
 * @param beforeTaxes {@code before_taxes}: the bound on the cost without any tax; required.
 * @param afterTaxes {@code after_taxes}: the bound on the cost with every tax; optional, for instance where the CPO
 *     does not know the tax rate beforehand.
 */
@GenerateBuilder
public record PriceLimit(
        @JsonProperty("before_taxes") @NotNull BigDecimal beforeTaxes,
        @JsonProperty("after_taxes") @Nullable BigDecimal afterTaxes) {

    /** Returns a bound without and, if not {@code null}, with taxes. */
    public static PriceLimit of(BigDecimal beforeTaxes, @Nullable BigDecimal afterTaxes) {
        return new PriceLimit(beforeTaxes, afterTaxes);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link PriceLimit} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends PriceLimitBuilderBase {
        private Builder() {}
    }
}
