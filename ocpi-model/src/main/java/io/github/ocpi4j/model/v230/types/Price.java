package io.github.ocpi4j.model.v230.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * A price or cost in OCPI 2.3.0: the amount before taxes and, one by one, the taxes that apply to it. Where 2.2.1
 * had a single VAT-inclusive amount, 2.3.0 lists each tax with its name, so that taxes added on top (as in North
 * America) and several taxes at once can be stated.
 *
 * <pre>{@code
 * Price price = Price.of(new BigDecimal("2.50"), List.of(TaxAmount.of("VAT", new BigDecimal("21"), new BigDecimal("0.525"))));
 * BigDecimal total = price.afterTaxes();   // 3.025
 * }</pre>
 *
 * <p>Specification: {@code [[types_price_class]]}.
 *
 * @param beforeTaxes {@code before_taxes}: the amount without any tax, in the currency of the object that holds
 *     it; required.
 * @param taxes {@code taxes}: the taxes on that amount that matter to the receiver of the Session or CDR; may be
 *     empty, which says nothing about whether taxes apply.
 */
@GenerateBuilder
public record Price(
        @JsonProperty("before_taxes") @NotNull BigDecimal beforeTaxes,
        @JsonProperty("taxes") List<@Valid TaxAmount> taxes) {

    /** Copies the list; {@code null} becomes empty. */
    public Price {
        taxes = Lists.copyOf(taxes);
    }

    /** Returns the price before taxes, with these taxes. */
    public static Price of(BigDecimal beforeTaxes, List<TaxAmount> taxes) {
        return new Price(beforeTaxes, taxes);
    }

    /** Returns the price before taxes, without any tax stated. */
    public static Price of(BigDecimal beforeTaxes) {
        return new Price(beforeTaxes, List.of());
    }

    /** Returns the amount before taxes plus the amount of every tax listed. */
    public BigDecimal afterTaxes() {
        BigDecimal total = beforeTaxes;
        for (TaxAmount tax : taxes) {
            total = total.add(tax.amount());
        }
        return total;
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
