package io.github.ocpi4j.model.v221.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A price or cost, excluding and optionally including VAT.
 *
 * <p>The specification states no relation between the two amounts, so none is checked.
 *
 * <pre>{@code
 * Price price = Price.of(new BigDecimal("2.50"), new BigDecimal("3.03"));
 * }</pre>
 *
 * <p>Specification: {@code [[types_price_class]]}.
 *
 * @param exclVat {@code excl_vat}: Price/Cost excluding VAT.
 * @param inclVat {@code incl_vat}: Price/Cost including VAT.
 */
@GenerateBuilder
public record Price(
        @JsonProperty("excl_vat") @NotNull BigDecimal exclVat,
        @JsonProperty("incl_vat") @Nullable BigDecimal inclVat) {

    /** Returns the price excluding VAT and, if known, including it. */
    public static Price of(BigDecimal exclVat, @Nullable BigDecimal inclVat) {
        return new Price(exclVat, inclVat);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Price} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends PriceBuilderBase {
        private Builder() {}
    }
}
