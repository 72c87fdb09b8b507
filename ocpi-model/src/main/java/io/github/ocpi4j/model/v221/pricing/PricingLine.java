package io.github.ocpi4j.model.v221.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.v221.tariffs.TariffDimensionType;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a pricing's explanation: what was billed in a charging period for one dimension, by which price
 * component of which tariff element, and why; or an adjustment of the whole session (step size, minimum or maximum
 * price).
 *
 * @param period the index of the charging period, or {@code null} for an adjustment of the whole session
 * @param start when the period starts
 * @param end when it ends
 * @param dimension the dimension billed, {@code null} for min/max price adjustments
 * @param quantity the quantity billed: kWh for ENERGY, hours for TIME and PARKING_TIME, 1 for FLAT
 * @param element the index of the tariff element whose price component applied, or {@code null} for none
 * @param price the price per unit, excluding VAT
 * @param vat the VAT percentage, or {@code null} when no VAT applies
 * @param costExclVat the cost excluding VAT
 * @param costInclVat the cost including VAT
 * @param note why, in words
 */
public record PricingLine(
        @JsonProperty("period") @Nullable Integer period,
        @JsonProperty("start") @Nullable Instant start,
        @JsonProperty("end") @Nullable Instant end,
        @JsonProperty("dimension") @Nullable TariffDimensionType dimension,
        @JsonProperty("quantity") BigDecimal quantity,
        @JsonProperty("element") @Nullable Integer element,
        @JsonProperty("price") @Nullable BigDecimal price,
        @JsonProperty("vat") @Nullable BigDecimal vat,
        @JsonProperty("cost_excl_vat") BigDecimal costExclVat,
        @JsonProperty("cost_incl_vat") BigDecimal costInclVat,
        @JsonProperty("note") String note) {}
