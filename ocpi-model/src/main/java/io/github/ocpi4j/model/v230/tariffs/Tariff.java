package io.github.ocpi4j.model.v230.tariffs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.CurrencyCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.constraints.UrlSegment;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v230.locations.EnergyMix;
import io.github.ocpi4j.model.v230.types.DisplayText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The prices a CPO charges for Charging Sessions: a list of Tariff Elements, which consist of Price Components.
 *
 * <p>For each dimension (energy, time, ...) the first Tariff Element in {@link #elements()} that has a Price
 * Component for that dimension and whose restrictions match is used; so at any moment a dimension has at most one
 * active component, while different dimensions can be active together. If no element matches for a dimension, that
 * dimension costs nothing, so a tariff should end with an element without restrictions as the default. A "Free of
 * Charge" tariff is one Tariff Element without restrictions with one {@code FLAT} Price Component of price {@code
 * 0.00}. When a Tariff has both {@code tariff_alt_text} and {@code elements}, the text must only add information,
 * not repeat the prices that {@code elements} gives. OCPI leaves the rounding of prices to law and contracts.
 *
 * <p>New in 2.3.0: {@code tax_included} (required) says whether the prices of the Price Components hold the taxes,
 * whether taxes come on top, or whether no tax applies; {@code min_price} and {@code max_price} are {@link
 * PriceLimit}s; {@code preauthorize_amount} tells a payment terminal how much to reserve on a card.
 *
 * <pre>{@code
 * Tariff tariff = Tariff.builder()
 *         .countryCode("DE").partyId("ALL").id("12").currency("EUR")
 *         .elements(List.of(TariffElement.builder()
 *                 .priceComponents(List.of(PriceComponent.builder()
 *                         .type(TariffDimensionType.TIME).price(new BigDecimal("2.00"))
 *                         .vat(new BigDecimal("10.0")).stepSize(300).build()))
 *                 .build()))
 *         .taxIncluded(TaxIncluded.NO)
 *         .maxPrice(PriceLimit.of(new BigDecimal("10.00"), null))
 *         .lastUpdated(Instant.now())
 *         .build();
 * List<Violation> problems = OcpiJson.instance().validate(tariff);   // empty
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>Specification: {@code [[mod_tariffs_tariff_object]]}.
 *
 * @param countryCode {@code country_code}: the ISO-3166 alpha-2 country of the CPO that publishes this tariff.
 * @param partyId {@code party_id}: the ISO-15118 party id of the CPO that publishes this tariff.
 * @param id {@code id}: the CPO's id of this tariff, unique on its platform (including its sub-operators').
 * @param currency {@code currency}: the ISO-4217 currency of every price in this tariff.
 * @param type {@code type}: which sessions the tariff is for (ad-hoc payment, a charging preference profile, ...);
 *     absent means every session.
 * @param tariffAltText {@code tariff_alt_text}: the tariff explained in words, in one or more languages.
 * @param tariffAltUrl {@code tariff_alt_url}: a web page that explains the tariff to people.
 * @param minPrice {@code min_price}: the least a session under this tariff costs: a cheaper session is billed this
 *     amount. Unlike a {@code FLAT} fee, which every session pays, it only lifts a lower total. The amounts before
 *     and after taxes each hold on their own.
 * @param maxPrice {@code max_price}: the most a session under this tariff costs. The amounts before and after taxes
 *     each hold on their own.
 * @param preauthorizeAmount {@code preauthorize_amount}: how much, in {@code currency}, a payment terminal should
 *     reserve on a bank card for a session under this tariff ({@code [[mod_payments_payments_module]]}); not negative,
 *     optional.
 * @param elements {@code elements}: the Tariff Elements, at least one, in the order they are searched.
 * @param taxIncluded {@code tax_included}: whether the prices of {@code elements} hold the taxes ({@code YES}),
 *     whether taxes are added on top of them ({@code NO}), or whether no tax applies ({@code N/A}); required.
 * @param startDateTime {@code start_date_time}: when the tariff takes effect, in UTC (the Location's {@code
 *     time_zone} gives local time); lets a CPO publish a coming tariff in advance.
 * @param endDateTime {@code end_date_time}: when the tariff stops being valid, in UTC; usually set when another
 *     tariff will soon take its place.
 * @param energyMix {@code energy_mix}: what energy is supplied under this tariff (green or not, its sources and
 *     impact), optional.
 * @param lastUpdated {@code last_updated}: when this Tariff was created or last changed.
 */
@GenerateBuilder
public record Tariff(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("id") @NotNull @Size(max = 36) @UrlSegment
        CiString id,

        @JsonProperty("currency") @NotNull @Size(max = 3) @CurrencyCode
        String currency,

        @JsonProperty("type") @Nullable TariffType type,
        @JsonProperty("tariff_alt_text") List<@Valid DisplayText> tariffAltText,

        @JsonProperty("tariff_alt_url") @Size(max = 255) @Url @Nullable
        String tariffAltUrl,

        @JsonProperty("min_price") @Valid @Nullable PriceLimit minPrice,
        @JsonProperty("max_price") @Valid @Nullable PriceLimit maxPrice,

        @JsonProperty("preauthorize_amount") @DecimalMin("0") @Nullable
        BigDecimal preauthorizeAmount,

        @JsonProperty("elements") @NotEmpty List<@Valid TariffElement> elements,
        @JsonProperty("tax_included") @NotNull TaxIncluded taxIncluded,
        @JsonProperty("start_date_time") @Nullable Instant startDateTime,
        @JsonProperty("end_date_time") @Nullable Instant endDateTime,
        @JsonProperty("energy_mix") @Valid @Nullable EnergyMix energyMix,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated)
        implements CrossFieldRules {

    /** Copies the lists; {@code null} becomes empty. */
    public Tariff {
        tariffAltText = Lists.copyOf(tariffAltText);
        elements = Lists.copyOf(elements);
    }

    /**
     * Checks the rules that tie the Tariff's fields together ({@code [[mod_tariffs_tariff_object]]}): {@code
     * min_price} is not more than {@code max_price}, before taxes and, where both give it, after taxes, as a
     * session's cost must stay between the two for each amount on its own; and a Tariff with {@code tax_included}
     * {@code N/A}, to which no tax applies ({@code [[mod_tariffs_taxincluded_enum]]}), states no {@code vat} in its
     * Price Components and no {@code after_taxes} that differs from {@code before_taxes}.
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        if (minPrice != null && maxPrice != null) {
            if (isMore(minPrice.beforeTaxes(), maxPrice.beforeTaxes())) {
                reporter.report("min_price.before_taxes", "must not be more than max_price.before_taxes");
            }
            if (isMore(minPrice.afterTaxes(), maxPrice.afterTaxes())) {
                reporter.report("min_price.after_taxes", "must not be more than max_price.after_taxes");
            }
        }
        if (taxIncluded == TaxIncluded.NOT_APPLICABLE) {
            checkNoTaxes(reporter);
        }
    }

    private void checkNoTaxes(RuleReporter reporter) {
        checkNoTaxes("min_price", minPrice, reporter);
        checkNoTaxes("max_price", maxPrice, reporter);
        for (int e = 0; e < elements.size(); e++) {
            TariffElement element = elements.get(e);
            List<PriceComponent> components = element == null ? List.of() : element.priceComponents();
            for (int c = 0; c < components.size(); c++) {
                PriceComponent component = components.get(c);
                if (component != null && component.vat() != null) {
                    reporter.report(
                            "elements[" + e + "].price_components[" + c + "].vat",
                            "no VAT allowed when tax_included is N/A");
                }
            }
        }
    }

    private static void checkNoTaxes(String field, @Nullable PriceLimit limit, RuleReporter reporter) {
        if (limit != null
                && limit.beforeTaxes() != null
                && limit.afterTaxes() != null
                && limit.afterTaxes().compareTo(limit.beforeTaxes()) != 0) {
            reporter.report(field + ".after_taxes", "must equal before_taxes when tax_included is N/A");
        }
    }

    private static boolean isMore(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a != null && b != null && a.compareTo(b) > 0;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Tariff} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends TariffBuilderBase {
        private Builder() {}
    }
}
