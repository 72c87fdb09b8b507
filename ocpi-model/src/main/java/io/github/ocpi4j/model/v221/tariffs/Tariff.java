package io.github.ocpi4j.model.v221.tariffs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.CurrencyCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v221.locations.EnergyMix;
import io.github.ocpi4j.model.v221.types.DisplayText;
import io.github.ocpi4j.model.v221.types.Price;
import jakarta.validation.Valid;
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
 * Component for that dimension and whose restrictions match is used; a Tariff Element without restrictions after the
 * others of a dimension acts as its default. A "Free of Charge" tariff is one Tariff Element without restrictions
 * with one {@code FLAT} Price Component of price {@code 0.00}. When a Tariff has both {@code tariff_alt_text} and
 * {@code elements}, the text SHALL only hold additional information, not the prices that {@code elements} gives.
 *
 * <pre>{@code
 * Tariff tariff = Tariff.builder()
 *         .countryCode("DE").partyId("ALL").id("12").currency("EUR")
 *         .elements(List.of(TariffElement.builder()
 *                 .priceComponents(List.of(PriceComponent.builder()
 *                         .type(TariffDimensionType.TIME).price(new BigDecimal("2.00"))
 *                         .vat(new BigDecimal("10.0")).stepSize(300).build()))
 *                 .build()))
 *         .maxPrice(Price.of(new BigDecimal("10.00"), null))
 *         .lastUpdated(Instant.now())
 *         .build();
 * List<Violation> problems = OcpiJson.instance().validate(tariff);   // empty
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>Specification: {@code [[mod_tariffs_tariff_object]]}.
 *
 * @param countryCode {@code country_code}: ISO-3166 alpha-2 country code of the CPO that owns this Tariff.
 * @param partyId {@code party_id}: ID of the CPO that 'owns' this Tariff (following the ISO-15118 standard).
 * @param id {@code id}: Uniquely identifies the tariff within the CPO's platform (and suboperator platforms).
 * @param currency {@code currency}: ISO-4217 code of the currency of this tariff.
 * @param type {@code type}: Defines the type of the tariff. This allows for distinction in case of given Charging
 *     Preferences. When omitted, this tariff is valid for all sessions.
 * @param tariffAltText {@code tariff_alt_text}: List of multi-language alternative tariff info texts.
 * @param tariffAltUrl {@code tariff_alt_url}: URL to a web page that contains an explanation of the tariff
 *     information in human readable form.
 * @param minPrice {@code min_price}: When this field is set, a Charging Session with this tariff will at least cost
 *     this amount. This is different from a {@code FLAT} fee (Start Tariff, Transaction Fee), as a {@code FLAT} fee
 *     is a fixed amount that has to be paid for any Charging Session. A minimum price indicates that when the cost of
 *     a Charging Session is lower than this amount, the cost of the Session will be equal to this amount. (Also see
 *     note below).
 * @param maxPrice {@code max_price}: When this field is set, a Charging Session with this tariff will NOT cost more
 *     than this amount. (See note below).
 * @param elements {@code elements}: List of Tariff Elements.
 * @param startDateTime {@code start_date_time}: The time when this tariff becomes active, in UTC, {@code time_zone}
 *     field of the Location can be used to convert to local time. Typically used for a new tariff that is already
 *     given with the location, before it becomes active. (See note below).
 * @param endDateTime {@code end_date_time}: The time after which this tariff is no longer valid, in UTC, {@code
 *     time_zone} field if the Location can be used to convert to local time. Typically used when this tariff is going
 *     to be replaced with a different tariff in the near future. (See note below).
 * @param energyMix {@code energy_mix}: Details on the energy supplied with this tariff.
 * @param lastUpdated {@code last_updated}: Timestamp when this Tariff was last updated (or created).
 */
@GenerateBuilder
public record Tariff(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("id") @NotNull @Size(max = 36) CiString id,

        @JsonProperty("currency") @NotNull @Size(max = 3) @CurrencyCode
        String currency,

        @JsonProperty("type") @Nullable TariffType type,
        @JsonProperty("tariff_alt_text") List<@Valid DisplayText> tariffAltText,

        @JsonProperty("tariff_alt_url") @Size(max = 255) @Url @Nullable
        String tariffAltUrl,

        @JsonProperty("min_price") @Valid @Nullable Price minPrice,
        @JsonProperty("max_price") @Valid @Nullable Price maxPrice,
        @JsonProperty("elements") @NotEmpty List<@Valid TariffElement> elements,
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
     * Checks that {@code min_price} is not more than {@code max_price}, excluding VAT and, where both give it,
     * including VAT: the cost of a Charging Session "can never be lower than the {@code min_price}" and "can never be
     * higher than the {@code max_price}", both excluding and including VAT, so a higher minimum than maximum cannot
     * be met ({@code [[mod_tariffs_tariff_object]]}).
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        if (minPrice == null || maxPrice == null) {
            return;
        }
        if (isMore(minPrice.exclVat(), maxPrice.exclVat())) {
            reporter.report("min_price.excl_vat", "must not be more than max_price.excl_vat");
        }
        if (isMore(minPrice.inclVat(), maxPrice.inclVat())) {
            reporter.report("min_price.incl_vat", "must not be more than max_price.incl_vat");
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
