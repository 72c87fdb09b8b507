package io.github.ocpi4j.model.v230.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One tax on a {@link Price}: its name, optionally its rate and the tax account it is paid to, and the amount due.
 *
 * <pre>{@code
 * TaxAmount vat = TaxAmount.of("VAT", new BigDecimal("21"), new BigDecimal("0.525"));
 * }</pre>
 *
 * <p>Specification: {@code [[types_tax_amount_class]]}.
 *
 * @param name {@code name}: what the tax is called where it is levied, such as {@code VAT}, {@code GST} or {@code
 *     QST}; required.
 * @param accountNumber {@code account_number}: the tax account of the business that pays the tax over, where a
 *     country asks for one; optional.
 * @param percentage {@code percentage}: the tax rate in percent ({@code 21} for 21 %); optional.
 * @param amount {@code amount}: the tax due, in the currency of the price; required.
 */
@GenerateBuilder
public record TaxAmount(
        @JsonProperty("name") @NotNull String name,
        @JsonProperty("account_number") @Nullable String accountNumber,
        @JsonProperty("percentage") @Nullable BigDecimal percentage,
        @JsonProperty("amount") @NotNull BigDecimal amount) {

    /** Returns a tax of this name and rate, with the amount due. */
    public static TaxAmount of(String name, @Nullable BigDecimal percentage, BigDecimal amount) {
        return new TaxAmount(name, null, percentage, amount);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link TaxAmount} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends TaxAmountBuilderBase {
        private Builder() {}
    }
}
